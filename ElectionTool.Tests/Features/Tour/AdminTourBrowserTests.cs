using ElectionTool.Features.Demo;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Tour;

/// <summary>Walks the demo district as the Admin: every page renders with data, with a heading and no error bar.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AdminTourBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private string _url = "";

    public async Task InitializeAsync()
    {
        _url = _app.StartOnRealPort();
        await _app.WithScopeAsync(sp => sp.GetRequiredService<DemoDistrictSeeder>().SeedAsync(30, reset: false, default, employeeCount: 600));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static readonly TheoryData<string, string> AdminPages = new()
    {
        { "/", "Welcome" },
        { "/masters/departments", "Departments" },
        { "/masters/offices", "Offices" },
        { "/masters/constituencies", "Assembly" },
        { "/masters/local-bodies", "Local bodies" },
        { "/masters/stations", "Polling stations" },
        { "/elections", "Elections" },
        { "/employees", "Employees" },
        { "/employees/duplicates", "Possible duplicates" },
        { "/exemptions", "Exemption requests" },
        { "/offices/REV-002/staff", "— staff" },
        { "/dashboard", "dashboard" },
        { "/pending", "Pending" },
        { "/draw", "The draw" },
        { "/draw/1", "Stage 1" },
        { "/draw/verify", "Verify a draw run" },
        { "/draw/replacements", "Replacements after the draw" },
        { "/accounts", "Accounts" },
        { "/audit", "Audit log" },
        { "/settings", "Settings" },
    };

    public static readonly TheoryData<string, string, string> OtherRoles = new()
    {
        { "demo-operator", "/", "Welcome" },
        { "demo-operator", "/office", "— staff" },
        { "demo-nodal", "/", "Welcome" },
        { "demo-nodal", "/dashboard", "dashboard" },
        { "demo-nodal", "/pending", "Pending" },
        { "demo-nodal", "/dashboard/departments/REV", "REV" },
        { "demo-nodal", "/dashboard/offices/REV-002", "— staff" },
        { "demo-observer", "/dashboard", "dashboard" },
        { "demo-observer", "/draw", "The draw" },
        { "demo-observer", "/draw/verify", "Verify a draw run" },
    };

    [Fact]
    public async Task Every_other_role_finds_its_pages_working()
    {
        var byUser = OtherRoles.Select(row => ((string)row[0], (string)row[1], (string)row[2])).GroupBy(r => r.Item1);
        foreach (var user in byUser)
        {
            var page = await browser.NewPageAsync();
            await page.SignInAsync(_url, user.Key, DemoDistrictSeeder.DemoPassword);
            await page.WaitInteractiveAsync();
            foreach (var (_, path, heading) in user)
            {
                await page.GotoAsync(_url + path);
                await page.WaitInteractiveAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading, new() { IgnoreCase = true });
                await page.WaitForTimeoutAsync(400);
                Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync(), $"error bar on {path} for {user.Key}");
                await page.ScreenshotForReviewAsync($"tour-{user.Key}{path.Replace('/', '_')}");
            }
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Every_admin_page_renders_the_demo_district()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_url, "demo-admin", DemoDistrictSeeder.DemoPassword);
        await page.WaitInteractiveAsync();
        foreach (var (path, heading) in AdminPages.Select(row => ((string)row[0], (string)row[1])))
        {
            await page.GotoAsync(_url + path);
            await page.WaitInteractiveAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading, new() { IgnoreCase = true });
            await page.WaitForTimeoutAsync(400);
            Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync(), $"error bar on {path}");
            await page.ScreenshotForReviewAsync("tour" + path.Replace('/', '_'));
        }
    }
}
