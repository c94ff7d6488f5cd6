using ElectionTool.Features.Demo;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Duties;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DutyBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private string _url = "";

    public async Task InitializeAsync()
    {
        _url = _app.StartOnRealPort();
        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DemoDistrictSeeder>().SeedAsync(60, false, CancellationToken.None, 3000);
            return 0;
        });
        await _app.CreateUserAsync("duty-admin", Roles.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Admin_proposes_and_locks_sectors_draws_sector_officers_and_prints_their_orders()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_url, "duty-admin");
        await page.WaitInteractiveAsync();

        await page.GotoAsync($"{_url}/duties/sectors");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("propose").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sector-row").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("route-sketch").First).ToBeVisibleAsync();
        await page.ScreenshotForReviewAsync("duties-sectors-proposed");
        await page.GetByTestId("lock-sectors").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lock — irreversible" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sectors-locked")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GotoAsync($"{_url}/duties/draw/12");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("duty-preview")).ToContainTextAsync("Posts");
        await page.GetByLabel("Seed").FillAsync("1 5 9");
        await page.GetByTestId("run").ClickAsync();
        var result = page.GetByTestId("run-result");
        await Assertions.Expect(result.GetByTestId("run-status")).ToContainTextAsync("Proposed", new() { Timeout = 60_000 });
        await page.GetByTestId("accept").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept — irreversible" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("duty-outputs")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(result.GetByTestId("run-status")).ToContainTextAsync("Accepted");
        await page.ScreenshotForReviewAsync("duties-sector-officers-accepted");

        var print = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("sector-orders").ClickAsync());
        await Assertions.Expect(print.GetByTestId("duty-order").First).ToContainTextAsync("Sector officer and sector magistrate");
        await Assertions.Expect(print.GetByTestId("order-area").First).ToContainTextAsync("Sector ");
        await print.ScreenshotForReviewAsync("duties-sector-officer-order");
    }
}
