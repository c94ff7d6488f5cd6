using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Draw;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DrawBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private string _url = "";

    public async Task InitializeAsync()
    {
        _url = _app.StartOnRealPort();
        await _app.WithDbAsync(db => new DrawDistrictBuilder().BuildAsync(db));
        await _app.CreateUserAsync("draw-admin", Roles.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Admin_runs_and_accepts_the_three_stages_and_prints_the_appointment_orders()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_url, "draw-admin");
        await page.WaitInteractiveAsync();

        foreach (var (stage, seed) in new[] { (1, "3 5 2 6 1"), (2, "4 4 1"), (3, "6 2 2") })
        {
            await page.GotoAsync($"{_url}/draw/{stage}");
            await page.WaitInteractiveAsync();
            await page.GetByLabel("Seed").FillAsync($"  {seed} ");
            await page.GetByTestId("run").ClickAsync();
            var result = page.GetByTestId("run-result");
            await Assertions.Expect(result.GetByTestId("run-status")).ToContainTextAsync("Proposed");
            await Assertions.Expect(result.GetByTestId("seed")).ToHaveTextAsync(seed);
            if (stage == 1)
            {
                await page.ScreenshotForReviewAsync("draw-stage1-proposed");
            }

            await page.GetByTestId("accept").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept — irreversible" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("outputs")).ToBeVisibleAsync();
            await Assertions.Expect(result.GetByTestId("run-status")).ToContainTextAsync("Accepted");
            if (stage == 2)
            {
                await page.ScreenshotForReviewAsync("draw-stage2-accepted");
            }
        }

        await page.GotoAsync($"{_url}/draw");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("stage-3").GetByTestId("stage-state")).ToHaveTextAsync("Locked");
        await page.ScreenshotForReviewAsync("draw-overview");

        await page.GotoAsync($"{_url}/draw/2/live");
        await Assertions.Expect(page.GetByTestId("live-slide")).ToContainTextAsync("AC-001");
        await page.WaitInteractiveAsync();
        await page.WaitForTimeoutAsync(600); // let the reveal animation finish
        await page.ScreenshotForReviewAsync("draw-live-stage2");
        await page.GetByTestId("live-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("live-slide")).ToContainTextAsync("AC-002");

        await page.GotoAsync($"{_url}/draw/3/live");
        await Assertions.Expect(page.GetByTestId("live-slide")).ToContainTextAsync("Station");
        await page.WaitForTimeoutAsync(600);
        await page.ScreenshotForReviewAsync("draw-live-stage3");

        await page.GotoAsync($"{_url}/draw/print/orders");
        await Assertions.Expect(page.GetByTestId("order").First).ToContainTextAsync("ORDER OF APPOINTMENT");
        await Assertions.Expect(page.GetByTestId("order").First).ToContainTextAsync("Party no.");
        Assert.Contains("Ramesh Kumar", await page.ContentAsync());
        if (Environment.GetEnvironmentVariable("SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "draw-orders.png") }); // first page only: the whole set is hundreds of A4 pages
        }
    }
}
