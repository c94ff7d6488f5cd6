using Microsoft.Playwright;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>
/// A browser test class: the real app on a loopback port (<see cref="Url"/>), the shared chromium, and pages
/// that are closed with the class. Override <see cref="SeedAsync"/> for the district the tests need; build the
/// app with settings by passing an <see cref="AppFactory"/>. Subclasses carry
/// <c>[Collection(BrowserCollection.Name)]</c> and <c>[Trait("Category", "Browser")]</c> themselves: xunit reads
/// neither from a base class.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser, AppFactory? app = null) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected AppFactory App { get; } = app ?? new AppFactory();

    /// <summary>The running app's address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    protected string Url { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Url = App.StartOnRealPort();
        await SeedAsync();
    }

    /// <summary>Puts the test's district and accounts in place, once the app is running.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>A fresh page in its own browser context (its own cookies), as a second person or device.</summary>
    protected async Task<IPage> NewPageAsync()
    {
        var page = await browser.NewPageAsync();
        _contexts.Add(page.Context);
        return page;
    }

    /// <summary>A fresh page signed in as <paramref name="userName"/> (waiting for the sign-in's redirect), then at <paramref name="path"/> when given.</summary>
    protected async Task<IPage> SignedInPageAsync(string userName, string? path = null, string password = AppFactory.Password)
    {
        var page = await NewPageAsync();
        await page.SignInAsync(Url, userName, password);
        if (path is not null)
        {
            await page.GotoAsync(Url + path);
        }
        return page;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
        await App.DisposeAsync();
    }
}
