using ElectionTool.Features.Demo;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Tour;

/// <summary>Walks the demo district as the Admin: every page renders with data, with a heading and no error bar.</summary>
[Collection(BrowserCollection.Name)]
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
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
            await page.WaitForTimeoutAsync(400);
            Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync(), $"error bar on {path}");
            await page.ScreenshotForReviewAsync("tour" + path.Replace('/', '_'));
        }
    }
}
