using ElectionTool.Features.Counting;
using ElectionTool.Features.Counting.Halls;
using ElectionTool.Features.Demo;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Counting;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CountingBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    protected override async Task SeedAsync()
    {
        await App.WithScopeAsync(sp => sp.GetRequiredService<DemoDistrictSeeder>().SeedAsync(60, false, CancellationToken.None, 3000));
        await App.CreateUserAsync("count-admin", Roles.Admin);
        await App.CreateUserAsync("count-observer", Roles.Observer);
    }

    [Fact]
    public async Task Admin_sets_up_a_hall_runs_the_three_counting_steps_with_the_observer_watching_and_prints_orders_and_the_table_sheet()
    {
        await App.WithScopeAsync(sp => sp.GetRequiredService<CountingHallService>()
            .SaveAsync(new CountingHallInput { UnitCode = "AC-202", Centre = "Govt. College, Sitapur", Name = "Hall 1", Tables = 4, PostalBallotTables = 1 }, CancellationToken.None));
        var page = await SignedInPageAsync("count-admin", "/masters/counting-halls");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("add").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Constituency unit").FillAsync("AC-201");
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        // The pick re-renders the dialog from the server; text typed before that render arrives can be overwritten by
        // it (the centre was seen empty on save), so the next field is filled only once the pick has landed.
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await Assertions.Expect(dialog.GetByLabel("Constituency unit")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^AC-201 — "));
        await dialog.GetByLabel("Counting centre (building)").FillAsync("Govt. College, Rampur");
        await dialog.GetByLabel("Hall name").FillAsync("Hall 1");
        await dialog.GetByLabel("Counting tables").FillAsync("4");
        await dialog.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "Hall AC-201/H1 saved." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("totals")).ToContainTextAsync("2 halls");
        await page.ScreenshotAtBothSizesAsync("counting-halls");

        var observer = await SignedInPageAsync("count-observer", "/counting");
        await observer.WaitInteractiveAsync();
        await Assertions.Expect(observer.GetByTestId("counting-step-1")).ToBeVisibleAsync();
        Assert.Equal(0, await observer.GetByTestId("seed-input").CountAsync());

        await page.GotoAsync($"{Url}/counting");
        await page.WaitInteractiveAsync();
        foreach (var (step, seed) in new[] { (1, "4 1 6"), (2, "2 5 3"), (3, "6 6 2") })
        {
            var card = page.GetByTestId($"counting-step-{step}");
            await card.GetByLabel("Seed").FillAsync(seed);
            await card.GetByTestId("run").ClickAsync();
            await Assertions.Expect(card.GetByTestId("run-status")).ToContainTextAsync("Proposed", new() { Timeout = 60_000 });
            await card.GetByTestId("accept").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept — irreversible" }).ClickAsync();
            await Assertions.Expect(card.GetByTestId("step-state")).ToHaveTextAsync("Locked", new() { Timeout = 30_000 });

            // The Observer, on their own screen, sees the step locked with the same seed.
            await observer.ReloadAsync();
            await observer.WaitInteractiveAsync();
            var watched = observer.GetByTestId($"counting-step-{step}");
            await Assertions.Expect(watched.GetByTestId("step-state")).ToHaveTextAsync("Locked");
            await Assertions.Expect(watched.GetByTestId("seed")).ToHaveTextAsync(seed);

            if (step == 1)
            {
                var early = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("print-orders").ClickAsync());
                await Assertions.Expect(early.GetByTestId("order-hall").First).ToContainTextAsync("Allotted on counting morning");
                await Assertions.Expect(early.GetByTestId("order-table")).ToHaveCountAsync(0);
                var sheet = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("print-tables").ClickAsync());
                await Assertions.Expect(sheet.GetByTestId("tables-not-allotted")).ToBeVisibleAsync();
            }
        }
        await page.ScreenshotAtBothSizesAsync("counting-three-steps-locked");

        var (_, rows) = await App.WithScopeAsync(sp => sp.GetRequiredService<CountingOutputService>().RowsAsync(CancellationToken.None));
        var seated = rows.Where(r => !r.IsReserve).ToList();
        Assert.Equal((4 + 4 + 1) * 3, seated.Count);

        var tables = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("print-tables").ClickAsync());
        await Assertions.Expect(tables.GetByTestId("table-sheet")).ToHaveCountAsync(2);
        await tables.ScreenshotForReviewAsync("counting-table-sheet");
        var text = await tables.PdfTextAsync();
        Assert.Contains("Counting tables", text);
        Assert.Contains("PB-1", text);
        Assert.All(seated, r => Assert.True(PrintedText.IsDevanagari(r.Name) ? PrintedText.ContainsDevanagariName(text, r.Name) : text.Contains(r.Epic), r.Name));

        var orders = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("print-orders").ClickAsync());
        await Assertions.Expect(orders.GetByTestId("order-table").First).ToBeVisibleAsync();
        Assert.Contains("ORDER OF APPOINTMENT FOR COUNTING", await orders.PdfTextAsync());
        var reserve = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("print-reserve").ClickAsync());
        await Assertions.Expect(reserve.GetByTestId("reserve-hall")).ToHaveCountAsync(2);

        await page.GotoAsync($"{Url}/counting/replacements");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("mark").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("proposal")).ToContainTextAsync("takes table");
        await page.ScreenshotAtBothSizesAsync("counting-replacements");
    }
}
