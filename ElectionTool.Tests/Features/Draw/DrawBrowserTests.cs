using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Draw;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DrawBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    protected override async Task SeedAsync()
    {
        await App.WithDbAsync(db => new DrawDistrictBuilder().BuildAsync(db));
        await App.CreateUserAsync("draw-admin", Roles.Admin);
    }

    [Fact]
    public async Task Admin_runs_and_accepts_the_three_stages_and_prints_the_appointment_orders()
    {
        var page = await SignedInPageAsync("draw-admin");
        await page.WaitInteractiveAsync();

        foreach (var (stage, seed) in new[] { (1, "3 5 2 6 1"), (2, "4 4 1"), (3, "6 2 2") })
        {
            await page.GotoAsync($"{Url}/draw/{stage}");
            await page.WaitInteractiveAsync();
            if (stage == 1)
            {
                await Assertions.Expect(page.GetByTestId("entry-window")).ToContainTextAsync("offices not finalized");
            }
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
            if (stage == 1)
            {
                // Data entry is still open (one office pending, deadline ahead): the figures again, and a typed confirmation.
                var dialog = page.GetByRole(AriaRole.Dialog);
                await Assertions.Expect(dialog.GetByTestId("offices-not-finalized")).ToHaveTextAsync("1");
                await Assertions.Expect(dialog.GetByTestId("accept-early")).ToBeDisabledAsync();
                await page.ScreenshotAtBothSizesAsync("draw-accept-early");
                await dialog.GetByLabel("Confirmation").FillAsync("ACCEPT EARLY");
                await dialog.GetByTestId("accept-early").ClickAsync();
            }
            else
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Accept — irreversible" }).ClickAsync();
            }
            await Assertions.Expect(page.GetByTestId("outputs")).ToBeVisibleAsync();
            await Assertions.Expect(result.GetByTestId("run-status")).ToContainTextAsync("Accepted");
            if (stage == 2)
            {
                await Assertions.Expect(page.GetByTestId("order-details-missing")).ToContainTextAsync("training venue");
                await page.ScreenshotForReviewAsync("draw-stage2-accepted");
            }
        }

        await page.GotoAsync($"{Url}/draw");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("stage-3").GetByTestId("stage-state")).ToHaveTextAsync("Locked");
        await page.ScreenshotForReviewAsync("draw-overview");

        await page.GotoAsync($"{Url}/draw/2/live");
        await Assertions.Expect(page.GetByTestId("live-slide")).ToContainTextAsync("AC-001");
        await page.WaitInteractiveAsync();
        await page.WaitForTimeoutAsync(600); // let the reveal animation finish
        await page.ScreenshotForReviewAsync("draw-live-stage2");
        await page.GetByTestId("live-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("live-slide")).ToContainTextAsync("AC-002");

        await page.GotoAsync($"{Url}/draw/3/live");
        await Assertions.Expect(page.GetByTestId("live-slide")).ToContainTextAsync("Station");
        await page.WaitForTimeoutAsync(600);
        await page.ScreenshotForReviewAsync("draw-live-stage3");

        await page.GotoAsync($"{Url}/draw/print/orders");
        await Assertions.Expect(page.GetByTestId("order").First).ToContainTextAsync("ORDER OF APPOINTMENT");
        await Assertions.Expect(page.GetByTestId("order").First).ToContainTextAsync("Party no.");
        Assert.Contains("Ramesh Kumar", await page.ContentAsync());
        if (Environment.GetEnvironmentVariable("SCREENSHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "draw-orders.png") }); // first page only: the whole set is hundreds of A4 pages
        }
        // Printed on A4, the seed-and-hash line may wrap, but each 64-digit hash stays on one line.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.SetViewportSizeAsync(700, 1000);
        var hashes = await page.EvaluateAsync<int[]>("""
            () => {
                const line = document.querySelector('.draw-print-head .meta.mono');
                const text = line.firstChild;
                let split = 0, found = 0;
                for (const m of text.textContent.matchAll(/[0-9a-fA-F]{64}/g)) {
                    found++;
                    const range = document.createRange();
                    range.setStart(text, m.index);
                    range.setEnd(text, m.index + 64);
                    const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                    if (tops.size !== 1) { split++; }
                }
                return [found, split];
            }
            """);
        Assert.Equal([2, 0], hashes);
    }

    [Fact]
    public async Task Projector_shows_a_run_and_its_acceptance_live_and_each_slide_fits_the_screen()
    {
        var page = await SignedInPageAsync("draw-admin");
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync($"{Url}/draw/1/live");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("live-waiting")).ToBeVisibleAsync();

        var run = await AsAdmin(draws => draws.RunStageAsync(1, "5 5 1", default));
        await Assertions.Expect(page.GetByTestId("live-status")).ToContainTextAsync("proposed");
        await AsAdmin(draws => draws.AcceptAsync(run.Run.Id, default));
        await Assertions.Expect(page.GetByTestId("live-status")).ToContainTextAsync("accepted");

        foreach (var (width, height) in new[] { (1366, 768), (1920, 1080) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.WaitForTimeoutAsync(600); // the reveal animation
            var fit = await page.EvaluateAsync<bool[]>("""
                () => {
                    const lines = [...document.querySelectorAll('.projector-line')];
                    const controls = document.querySelector('[data-testid=live-controls]').getBoundingClientRect();
                    const last = Math.max(...lines.map(l => l.getBoundingClientRect().bottom));
                    return [document.documentElement.scrollHeight <= window.innerHeight + 1, last <= controls.top + 1];
                }
                """);
            Assert.True(fit[0], $"the live slide scrolls at {width}×{height}");
            Assert.True(fit[1], $"the last row hides behind the controls at {width}×{height}");
            await page.ScreenshotForReviewAsync($"draw-live-stage1-{width}");
        }
    }

    private Task<T> AsAdmin<T>(Func<DrawService, Task<T>> work) =>
        App.WithScopeAsync(sp =>
        {
            sp.GetRequiredService<CurrentUser>().ActAs("draw-admin");
            return work(sp.GetRequiredService<DrawService>());
        });
}
