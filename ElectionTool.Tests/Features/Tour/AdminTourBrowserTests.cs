using ElectionTool.Features.Demo;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Tour;

/// <summary>Walks the demo district as the Admin: every page renders with data, with a heading and no error bar.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class AdminTourBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    protected override async Task SeedAsync()
    {
        await App.WithScopeAsync(sp => sp.GetRequiredService<DemoDistrictSeeder>().SeedAsync(30, reset: false, default, employeeCount: 600));
    }

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
            var page = await NewPageAsync();
            await page.SignInAsync(Url, user.Key, DemoDistrictSeeder.DemoPassword);
            await page.WaitInteractiveAsync();
            foreach (var (_, path, heading) in user)
            {
                await page.GotoAsync(Url + path);
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
        var page = await NewPageAsync();
        await page.SignInAsync(Url, "demo-admin", DemoDistrictSeeder.DemoPassword);
        await page.WaitInteractiveAsync();
        foreach (var (path, heading) in AdminPages.Select(row => ((string)row[0], (string)row[1])))
        {
            await page.GotoAsync(Url + path);
            await page.WaitInteractiveAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading, new() { IgnoreCase = true });
            await page.WaitForTimeoutAsync(400);
            Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync(), $"error bar on {path}");
            await page.ScreenshotForReviewAsync("tour" + path.Replace('/', '_'));
        }
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1920, 1080)]
    public async Task Masters_offices_fits_a_laptop_and_a_projector(int width, int height)
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.SignInAsync(Url, "demo-admin", DemoDistrictSeeder.DemoPassword);

        await page.GotoAsync(Url + "/masters/offices");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("grid").GetByRole(AriaRole.Row).Nth(2)).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "Masters → Offices scrolls sideways.");
        var name = await page.GetByTestId("grid").GetByRole(AriaRole.Columnheader, new() { Name = "Name" }).BoundingBoxAsync();
        Assert.True(name is { Width: >= 200 }, $"the Name column is {name?.Width} px wide");
        var edit = await page.GetByTestId("grid").GetByRole(AriaRole.Button, new() { Name = "Edit" }).First.BoundingBoxAsync();
        Assert.True(edit!.X + edit.Width <= width, $"Edit is at {edit.X} px, off a {width} px screen");
        await SaveScreenshotAsync(page, $"masters-offices-{width}");
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1920, 1080)]
    public async Task The_projector_fits_a_laptop_and_a_projector_and_pages_through_every_department(int width, int height)
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.SignInAsync(Url, "demo-admin", DemoDistrictSeeder.DemoPassword);
        await page.GotoAsync(Url + "/dashboard/projector");
        await page.WaitInteractiveAsync();
        var departments = page.GetByTestId("projector-departments");
        await Assertions.Expect(departments).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("feed-item").First).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth && document.documentElement.scrollHeight <= window.innerHeight"),
            "The projector scrolls.");
        var table = await departments.BoundingBoxAsync();
        Assert.True(table!.X + table.Width <= width && table.Y + table.Height <= height, $"the departments end at {table.X + table.Width}×{table.Y + table.Height}, past {width}×{height}");
        var lastRow = await departments.Locator("tbody tr").Last.BoundingBoxAsync();
        Assert.True(lastRow!.Y + lastRow.Height <= table.Y + table.Height, $"the last department row ends at {lastRow.Y + lastRow.Height}, below its table");
        foreach (var column in new[] { "-entered", "-percent" })
        {
            var cell = await departments.Locator($"[data-testid$='{column}']").First.BoundingBoxAsync();
            Assert.True(cell!.X + cell.Width <= table.X + table.Width, $"{column} is cut off");
        }
        // The feed shows whole items only, all inside its box and the screen.
        var feedFits = await page.EvaluateAsync<string>("""
            () => {
                const box = document.querySelector('[data-testid=activity-feed]').getBoundingClientRect();
                const shown = [...document.querySelectorAll('[data-testid=feed-item]')].map(i => i.getBoundingClientRect()).filter(r => r.left < box.right);
                const outside = shown.filter(r => r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5);
                return shown.length === 0 ? 'no item shown' : outside.length > 0 ? `${outside.length} item(s) cut off` : box.bottom <= window.innerHeight ? '' : 'the feed runs off the screen';
            }
            """);
        Assert.Equal("", feedFits);
        await SaveScreenshotAsync(page, $"projector-{width}");

        // Every department comes round: the table pages on a timer, and on the Next button.
        var seen = new HashSet<string>();
        var codes = departments.Locator("tbody tr td:first-child b");
        for (var i = 0; i < 4; i++)
        {
            var first = await codes.First.InnerTextAsync();
            seen.UnionWith(await codes.AllInnerTextsAsync());
            await departments.GetByTestId("projector-departments-next").ClickAsync();
            await Assertions.Expect(codes.First).Not.ToHaveTextAsync(first);
        }
        var all = new List<string>();
        await App.WithDbAsync(async db => all = await db.Departments.Select(d => d.Code).ToListAsync());
        Assert.Equal(all.Order(), seen.Order());
    }

    // The viewport as a person sees it (not the full page), under SCREENSHOTS when set: docs/screenshots keeps these.
    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
        }
    }
}
