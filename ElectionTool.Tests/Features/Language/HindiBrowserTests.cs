using System.Text.RegularExpressions;
using ElectionTool.Features.Demo;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Language;

/// <summary>
/// The Admin switches to हिन्दी in the app bar and tours the demo district: every page has a Hindi heading and no
/// English menu label; the choice survives signing out and a different browser. A nodal officer's dashboard too.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class HindiBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    /// <summary>The tour's pages (as in the English tour) plus the training, ballot and honorarium pages.</summary>
    private static readonly string[] AdminPages =
    [
        "/", "/masters/departments", "/masters/offices", "/masters/constituencies", "/masters/local-bodies", "/masters/stations",
        "/elections", "/employees", "/employees/duplicates", "/exemptions", "/offices/REV-002/staff", "/dashboard", "/pending",
        "/draw", "/draw/1", "/draw/verify", "/draw/replacements", "/accounts", "/audit", "/settings",
        "/training", "/training/move", "/training/desk", "/ballots", "/honorarium",
    ];

    /// <summary>Latin words a Hindi menu may keep: abbreviations officers use as they are.</summary>
    private static readonly HashSet<string> LatinKept = new(StringComparer.Ordinal) { "ElectionTool", "SMS", "EPIC", "API", "QR", "A" };

    protected override async Task SeedAsync() =>
        await App.WithScopeAsync(sp => sp.GetRequiredService<DemoDistrictSeeder>().SeedAsync(30, reset: false, default, employeeCount: 600));

    [Fact]
    public async Task The_Admin_tours_the_district_in_Hindi_and_the_choice_survives_signing_out()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await page.SignInAsync(Url, "demo-admin", DemoDistrictSeeder.DemoPassword);
        await page.WaitInteractiveAsync();
        await Assertions.Expect(Menu(page)).ToContainTextAsync("Home");

        await page.GetByTestId("language-hi").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.WaitInteractiveAsync();
        await Assertions.Expect(Menu(page)).ToContainTextAsync("मुख पृष्ठ");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "hi");

        foreach (var path in AdminPages)
        {
            await page.GotoAsync(Url + path);
            await page.WaitInteractiveAsync();
            var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
            await Assertions.Expect(heading).ToHaveTextAsync(Devanagari());
            await page.WaitForTimeoutAsync(300);
            Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync(), $"error bar on {path}");
            var english = EnglishWords(await Menu(page).InnerTextAsync());
            Assert.True(english.Count == 0, $"English in the menu on {path}: {string.Join(", ", english)}");
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at 1366 px in Hindi");
            await page.ScreenshotAsync(new() { Path = Shot("hi-tour" + path.Replace('/', '_')) });
        }

        // Signed out through the user menu. It is a MudMenu with a custom activator (the user's name), which MudBlazor 9
        // no longer opens by itself: the button was missing because the menu never opened, for people too, until the
        // activator called the menu's ToggleAsync. Its items render in a popover at the end of the page, not inside the
        // menu's element, so the button is found on the page by its test id (its label is Hindi now).
        await page.GetByTestId("user-menu").GetByText("demo-admin").ClickAsync();
        var signOut = page.GetByTestId("sign-out");
        await Assertions.Expect(signOut).ToHaveTextAsync("साइन आउट");
        await signOut.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal));

        // The sign-in page keeps the browser's Hindi, and so does a signed-out visit to any page.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("साइन इन करें");
        await page.GotoAsync(Url + "/");
        await page.WaitForURLAsync(url => url.Contains("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("साइन इन करें");
        await page.ScreenshotAsync(new() { Path = Shot("hi-sign-in") });

        // Another browser has no cookie: the account brings Hindi back at sign-in.
        var other = await NewPageAsync();
        await other.SignInAsync(Url, "demo-admin", DemoDistrictSeeder.DemoPassword);
        await other.GotoAsync(Url + "/pending");
        await other.WaitInteractiveAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("लंबित कार्यालय");
        await Assertions.Expect(Menu(other)).ToContainTextAsync("मुख पृष्ठ");
    }

    [Fact]
    public async Task A_nodal_officer_watches_the_dashboard_in_Hindi()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await page.SignInAsync(Url, "demo-nodal", DemoDistrictSeeder.DemoPassword);
        await page.WaitInteractiveAsync();
        await page.GetByTestId("language-hi").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        await page.GotoAsync(Url + "/dashboard");
        await page.WaitInteractiveAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Devanagari());
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("अंतिम किए गए कार्यालय");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Offices finalized");
        Assert.Empty(EnglishWords(await Menu(page).InnerTextAsync()));
        await page.ScreenshotAsync(new() { Path = Shot("hi-nodal-dashboard") });
    }

    /// <summary>Pages whose tables, chips and cells once showed English: property names as headings, enum names, "never".</summary>
    private static readonly string[] TablePages =
    [
        "/masters/departments", "/masters/offices", "/masters/constituencies", "/masters/local-bodies", "/masters/stations",
        "/accounts", "/audit", "/employees", "/exemptions", "/elections", "/ballots", "/pending", "/draw", "/draw/1", "/training", "/honorarium", "/employees/duplicates",
    ];

    /// <summary>Words of the old English cells: enum names, property names, lower-case captions shown from code.</summary>
    private static readonly string[] EnglishCells =
    [
        "never", "not reminded yet", "PresidingOfficer", "PollingOfficer1", "Selection and roles", "Training lists", "Sealed allotment sheet",
        "Departments", "Category", "Designation", "Electors", "Presiding Officers", "alike", "(finalized)",
    ];

    [Fact]
    public async Task Table_headings_chips_and_cells_are_Hindi_too()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await page.SignInAsync(Url, "demo-admin", DemoDistrictSeeder.DemoPassword);
        await page.WaitInteractiveAsync();
        await page.GetByTestId("language-hi").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        foreach (var path in TablePages)
        {
            await page.GotoAsync(Url + path);
            await page.WaitInteractiveAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Devanagari());
            // A grid's headings: a column without a Title is headed by its property's English name ("Role", "Code").
            var headings = string.Join(" ", await page.Locator(".mud-main-content th").AllInnerTextsAsync());
            var english = EnglishWords(headings).Where(w => w != "IST").ToList();
            Assert.True(english.Count == 0, $"English table headings on {path}: {string.Join(", ", english)}");
            var main = await page.Locator(".mud-main-content").InnerTextAsync();
            var cells = EnglishCells.Where(w => main.Contains(w, StringComparison.Ordinal)).ToList();
            Assert.True(cells.Count == 0, $"English on {path}: {string.Join(", ", cells)}");
        }

        // The pending offices' last activity and reminder read as dates and Hindi, not "01 Dec, 19:47" and "never".
        await page.GotoAsync(Url + "/pending");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("last-reminded").First).ToHaveTextAsync("अभी याद नहीं दिलाया गया");
        Assert.DoesNotMatch(MonthName(), await page.Locator(".mud-main-content").InnerTextAsync());

        // The account pages' own layout (Identity UI's) said "Manage your account" / "Change your account settings".
        foreach (var path in new[] { "/Identity/Account/Manage/ChangePassword", "/Identity/Account/Manage/TwoFactorAuthentication" })
        {
            await page.GotoAsync(Url + path);
            await Assertions.Expect(page.Locator("h1").First).ToHaveTextAsync("अपना खाता प्रबंधित करें");
            await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("account settings");
        }
    }

    /// <summary>The whole side menu (its groups are menus nested inside it).</summary>
    private static ILocator Menu(IPage page) => page.Locator(".mud-drawer .mud-navmenu").First;

    private static List<string> EnglishWords(string text) =>
        LatinWord().Matches(text).Select(m => m.Value).Where(w => !LatinKept.Contains(w)).Distinct().ToList();

    /// <summary>Where the Hindi screenshots go: HINDI_SHOTS, else the test's temp folder (always taken, so a run can be looked at).</summary>
    internal static string Shot(string name)
    {
        var folder = Environment.GetEnvironmentVariable("HINDI_SHOTS") is { Length: > 0 } set ? set : Path.Combine(Path.GetTempPath(), "hindi-shots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    [GeneratedRegex(@"[\u0900-\u097F]")]
    private static partial Regex Devanagari();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\b\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")]
    private static partial Regex MonthName();
}
