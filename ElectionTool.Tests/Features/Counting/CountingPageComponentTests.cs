using Bunit;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Counting;
using ElectionTool.Features.Counting.Halls;
using ElectionTool.Features.Counting.Pages;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Draw;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ElectionTool.Tests.Features.Counting;

/// <summary>The counting pages and their pieces, rendered with bUnit over the real services and a real SQLite database.</summary>
public sealed class CountingPageComponentTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private BunitContext _ctx = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.Get<DemoDistrictSeeder>().SeedAsync(30, false, CancellationToken.None, 1500);
        var saved = await _h.Get<CountingHallService>().SaveAsync(new CountingHallInput { UnitCode = "AC-201", Centre = "Govt. College", Name = "Hall 1", Tables = 3, PostalBallotTables = 1 }, default);
        Assert.True(saved.Succeeded, saved.Message);
        _ctx = ComponentContext.Over(_h.Services);
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    private static CountingRow Row(ReprintKind? mark = null) =>
        new("AC-201", "AC-201/H1", "Hall 1", "Govt. College", "PB-1", "Counting assistant", "ABC1234567", "Ramesh Kumar", "SBI-001", "SBI Branch", "Clerk", 4, false, 1, 7, mark);

    [Fact]
    public void An_order_before_the_tables_are_drawn_names_neither_hall_nor_table()
    {
        var order = _ctx.Render<CountingOrderSheet>(p => p.Add(x => x.Row, Row()).Add(x => x.ElectionName, "Vidhan Sabha 2027").Add(x => x.TablesDrawn, false));

        Assert.Contains("Allotted on counting morning", order.Find("[data-testid=order-hall]").TextContent);
        Assert.DoesNotContain("Hall 1", order.Markup);
        Assert.Empty(order.FindAll("[data-testid=order-table]"));
        Assert.Empty(order.FindAll("[data-testid=reprint-mark]"));
    }

    [Fact]
    public void An_order_after_the_tables_are_drawn_names_the_hall_and_table_and_a_replacement_is_marked_new()
    {
        var order = _ctx.Render<CountingOrderSheet>(p => p.Add(x => x.Row, Row(ReprintKind.NewOrder)).Add(x => x.ElectionName, "Vidhan Sabha 2027").Add(x => x.TablesDrawn, true));

        Assert.Contains("Hall 1", order.Find("[data-testid=order-hall]").TextContent);
        Assert.Equal("PB-1", order.Find("[data-testid=order-table]").TextContent.Trim());
        Assert.Contains("NEW ORDER", order.Find("[data-testid=reprint-mark]").TextContent);
    }

    [Fact]
    public void The_settings_card_shows_the_staff_needed_per_role_with_reserve()
    {
        var card = _ctx.Render<CountingSettingsCard>(p => p.Add(x => x.Totals, (2, 10)));

        card.WaitForAssertion(() => Assert.Contains("2 halls, 10 staffed tables: 12 staff per role", card.Find("[data-testid=totals]").TextContent));
    }

    [Fact]
    public void An_observer_sees_step_1_ready_and_the_later_steps_waiting_but_no_seed_box_or_print_outs()
    {
        _ctx.AddAuthorization().SetAuthorized("observer").SetRoles(Roles.Observer).SetPolicies(Policies.DrawViewer);
        _ctx.Render<MudPopoverProvider>();

        var page = _ctx.Render<CountingPage>();

        page.WaitForAssertion(() => Assert.Equal("Ready to run", page.Find("[data-testid=counting-step-1] [data-testid=step-state]").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("Waits for step 1 to be accepted.", page.Find("[data-testid=counting-step-2]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=seed-input]"));
        Assert.Empty(page.FindAll("[data-testid=counting-prints]"));
        Assert.Empty(page.FindAll("[data-testid=replacements]"));
    }

    [Fact]
    public async Task After_the_tables_the_Admin_marks_a_person_out_and_sees_the_reserve_who_would_take_the_table()
    {
        foreach (var (stage, seed) in new[] { (CountingStages.Selection, "1"), (CountingStages.Halls, "2"), (CountingStages.Tables, "3") })
        {
            var run = await _h.Get<DrawService>().RunStageAsync(stage.Number, seed, CancellationToken.None);
            Assert.True(run.Run.Feasible, string.Join("; ", run.Report.Findings.Select(f => f.Message)));
            await _h.Get<DrawService>().AcceptAsync(run.Run.Id, CancellationToken.None);
        }
        _ctx.AddAuthorization().SetAuthorized("admin").SetRoles(Roles.Admin).SetPolicies(Policies.Admin, Policies.DrawViewer);
        _ctx.Render<MudPopoverProvider>();

        var page = _ctx.Render<CountingReplacementsPage>();
        page.WaitForAssertion(() => Assert.Equal(4 * 3, page.FindAll("[data-testid=seated] tbody tr").Count), TimeSpan.FromSeconds(10));
        await page.InvokeAsync(() => page.FindAll("[data-testid=mark]")[0].Click());

        page.WaitForAssertion(() => Assert.Contains("takes table", page.Find("[data-testid=proposal]").TextContent), TimeSpan.FromSeconds(10));
        Assert.NotEmpty(page.FindAll("[data-testid=confirm-replacement]"));
    }
}
