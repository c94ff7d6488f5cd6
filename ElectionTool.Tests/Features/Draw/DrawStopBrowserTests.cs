using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Draw;

/// <summary>A stage that reaches Draw:TimeLimitMinutes, as the Admin sees it in the hall.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DrawStopBrowserTests(BrowserFixture browser)
    : BrowserTest(browser, new AppFactory().WithClock(new DrawLimitClock(3) { LimitsPassAtOnce = true }).WithSetting("Draw:TimeLimitMinutes", "3"))
{
    protected override async Task SeedAsync()
    {
        await App.WithDbAsync(db => new DrawDistrictBuilder().BuildAsync(db));
        await App.CreateUserAsync("draw-admin", Roles.Admin);
    }

    [Fact]
    public async Task A_stage_that_reaches_its_time_limit_tells_the_Admin_stores_no_run_and_lets_them_run_again()
    {
        var page = await SignedInPageAsync("draw-admin", "/draw/1");
        await page.WaitInteractiveAsync();
        await page.GetByLabel("Seed").FillAsync("3 5 2 6 1");

        await page.GetByTestId("run").ClickAsync();

        await Assertions.Expect(page.Locator(".mud-snackbar").First).ToContainTextAsync("The draw was stopped after 3 minutes without a result");
        await Assertions.Expect(page.GetByTestId("run")).ToBeEnabledAsync();
        await Assertions.Expect(page.GetByTestId("stop-draw")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("run-result")).ToHaveCountAsync(0);
        await page.ScreenshotAtBothSizesAsync("draw-stopped-at-limit");
        await App.WithDbAsync(async db =>
        {
            Assert.Equal(0, await db.Set<ElectionTool.Data.Entities.DrawRun>().CountAsync());
            Assert.Contains("3 5 2 6 1", (await db.AuditEntries.SingleAsync(a => a.Action == "DrawStopped")).After);
        });
    }
}
