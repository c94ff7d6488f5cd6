using Microsoft.Playwright;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>One headless Debian chromium for all browser tests (Playwright cannot download its own browsers here).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // CI machines have 2 cores shared by the server, chromium and the tests: give assertions room.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

public static class PageExtensions
{
    /// <summary>
    /// Signs in through the real form and waits for the redirect that follows a sign-in (home, change password,
    /// two-factor, lockout), so the next navigation does not race the sign-in cookie on a busy machine.
    /// </summary>
    public static async Task SignInAsync(this IPage page, string baseUrl, string userName, string password = AppFactory.Password)
    {
        await page.SubmitSignInAsync(baseUrl, userName, password);
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.Equals("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Fills and sends the sign-in form without waiting to leave it (for wrong passwords).</summary>
    public static async Task SubmitSignInAsync(this IPage page, string baseUrl, string userName, string password)
    {
        await page.GotoAsync($"{baseUrl}/Identity/Account/Login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("#login-submit");
    }

    public static Task WaitInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='yes']").WaitForAsync();

    /// <summary>
    /// Chooses a file in a Blazor file input once Blazor listens to it. An input in a dialog just opened is in the page
    /// before Blazor's script has hooked its change event; a file set then is never read (seen once in CI: the import
    /// summary never came). Blazor marks the input when it hooks it (<c>_blazorInputFileNextFileId</c>).
    /// </summary>
    public static async Task ChooseFileAsync(this ILocator fileInput, FilePayload file)
    {
        await fileInput.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await fileInput.Page.WaitForFunctionAsync(
            "input => input._blazorInputFileNextFileId !== undefined", await fileInput.ElementHandleAsync());
        await fileInput.SetInputFilesAsync(file);
    }

    /// <summary>
    /// Screenshots at a laptop (1366×768) and a projector (1920×1080) size, under the SCREENSHOTS folder when it
    /// is set, for a person to look at; the viewport is put back afterwards.
    /// </summary>
    public static async Task ScreenshotAtBothSizesAsync(this IPage page, string name)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SCREENSHOTS")))
        {
            return;
        }
        var before = page.ViewportSize;
        foreach (var (width, height) in new[] { (1366, 768), (1920, 1080) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.WaitForTimeoutAsync(300);
            await page.ScreenshotForReviewAsync($"{name}-{width}");
        }
        if (before is not null)
        {
            await page.SetViewportSizeAsync(before.Width, before.Height);
        }
    }

    /// <summary>Saves a screenshot under TestResults/screens when SCREENSHOTS is set, for a person to look at.</summary>
    public static async Task ScreenshotForReviewAsync(this IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
