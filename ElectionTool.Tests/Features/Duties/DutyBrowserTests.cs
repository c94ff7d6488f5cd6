using ElectionTool.Features.Demo;
using ElectionTool.Features.Duties;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Duties;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DutyBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    protected override async Task SeedAsync()
    {
        await App.WithScopeAsync(sp => sp.GetRequiredService<DemoDistrictSeeder>().SeedAsync(60, false, CancellationToken.None, 3000));
        await App.CreateUserAsync("duty-admin", Roles.Admin);
    }

    [Fact]
    public async Task Admin_moves_a_station_locks_sectors_draws_zonal_and_sector_officers_and_prints_the_sector_list_and_orders_with_Devanagari_names()
    {
        var page = await SignedInPageAsync("duty-admin", "/duties/sectors");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("propose").ClickAsync();
        var rows = page.GetByTestId("sector-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("route-sketch").First).ToBeVisibleAsync();

        // Move one station of the first sector shown into another sector of the same unit.
        var before = await FirstSectorAsync();
        await rows.First.GetByTestId("move").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await PickFirstAsync(page, dialog.Locator(".mud-select").First, "move-station-option");
        await PickFirstAsync(page, dialog.Locator(".mud-select").Last, "move-target-option");
        await Assertions.Expect(dialog.GetByTestId("move-confirm")).ToBeEnabledAsync();
        await dialog.GetByTestId("move-confirm").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "Station moved" })).ToBeVisibleAsync();
        await page.ScreenshotAtBothSizesAsync("duties-sectors-after-move");
        Assert.Equal(before.Stops.Count - 1, (await FirstSectorAsync()).Stops.Count);

        await page.GetByTestId("lock-sectors").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lock — irreversible" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sectors-locked")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        foreach (var (stage, seed) in new[] { (11, "2 6 4"), (12, "1 5 9") })
        {
            await page.GotoAsync($"{Url}/duties/draw/{stage}");
            await page.WaitInteractiveAsync();
            await Assertions.Expect(page.GetByTestId("duty-preview")).ToBeVisibleAsync();
            await page.GetByLabel("Seed").FillAsync(seed);
            await page.GetByTestId("run").ClickAsync();
            var result = page.GetByTestId("run-result");
            await Assertions.Expect(result.GetByTestId("run-status")).ToContainTextAsync("Proposed", new() { Timeout = 60_000 });
            await page.GetByTestId("accept").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept — irreversible" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("duty-outputs")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(result.GetByTestId("run-status")).ToContainTextAsync("Accepted");
        }
        await page.ScreenshotAtBothSizesAsync("duties-sector-officers-accepted");

        var officers = await App.WithScopeAsync(sp => sp.GetRequiredService<DutyOutputService>().RowsAsync(CancellationToken.None));
        var hindi = officers.Where(r => r.Duty == "Sector officer" && !r.IsReserve && PrintedText.IsDevanagari(r.Name)).Select(r => r.Name).ToList();
        Assert.NotEmpty(hindi);

        var routes = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("sector-routes").ClickAsync());
        await Assertions.Expect(routes.GetByTestId("route-sector").First).ToBeVisibleAsync();
        var routesText = await routes.PdfTextAsync();
        Assert.Contains("Sectors and routes", routesText);
        Assert.Contains(hindi, name => PrintedText.ContainsDevanagariName(routesText, name));

        var orders = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("sector-orders").ClickAsync());
        await Assertions.Expect(orders.GetByTestId("order-area").First).ToContainTextAsync("Sector ");
        var ordersText = await orders.PdfTextAsync();
        Assert.Contains("Sector officer and sector magistrate", ordersText);
        Assert.Contains(hindi, name => PrintedText.ContainsDevanagariName(ordersText, name));

        foreach (var path in new[] { "/duties", "/duties/lists" })
        {
            await page.GotoAsync(Url + path);
            await page.WaitInteractiveAsync();
            await page.ScreenshotAtBothSizesAsync("duties" + path.Replace('/', '-'));
        }
        await page.GotoAsync($"{Url}/duties/draw/11");
        await page.WaitInteractiveAsync();
        var zonal = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("zonal-orders").ClickAsync());
        Assert.Contains("Zonal officer and zonal magistrate", await zonal.PdfTextAsync());
    }

    /// <summary>Opens a select (again while the previous list is still closing) and picks its first option.</summary>
    private static async Task PickFirstAsync(IPage page, ILocator select, string option)
    {
        for (var i = 0; i < 10 && await page.GetByTestId(option).CountAsync() == 0; i++)
        {
            await select.ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }
        await page.GetByTestId(option).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId(option)).ToHaveCountAsync(0);
    }

    private Task<SectorRow> FirstSectorAsync() =>
        App.WithScopeAsync(async sp => (await sp.GetRequiredService<SectorService>().GetBoardAsync(CancellationToken.None)).Units[0].Sectors[0]);
}
