using Bunit;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Duties;
using ElectionTool.Features.Duties.Pages;
using ElectionTool.Features.Duties.Pages.Print;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ElectionTool.Tests.Features.Duties;

/// <summary>The sectors page and its pieces, rendered with bUnit over the real services and a real SQLite database.</summary>
public sealed class SectorPageComponentTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private BunitContext _ctx = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.Get<DemoDistrictSeeder>().SeedAsync(30, false, CancellationToken.None, 1500);
        _ctx = ComponentContext.Over(_h.Services);
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Fact]
    public void The_route_sketch_draws_one_dot_per_located_station_in_route_order_and_flags_no_location()
    {
        var stops = new List<SectorStop>
        {
            new(1, 3, "School A", 1, false, 25.40, 82.10),
            new(2, 7, "School B", 2, true, 25.42, 82.13),
            new(3, 9, "School C", 3, false, null, null),
        };
        var sketch = _ctx.Render<RouteSketch>(p => p.Add(x => x.Stops, stops).Add(x => x.Label, "AC-1-S01"));

        Assert.Equal(2, sketch.FindAll("circle").Count);
        Assert.Equal(2, sketch.Find("polyline").GetAttribute("points")!.Split(' ').Length);
        Assert.Contains(">3<", sketch.Markup);

        var empty = _ctx.Render<RouteSketch>(p => p.Add(x => x.Stops, [stops[2]]));
        Assert.Contains("no location", empty.Markup);
        Assert.Empty(empty.FindAll("circle"));
    }

    [Fact]
    public void A_replacement_officer_order_carries_the_NEW_ORDER_banner_and_others_carry_none()
    {
        var data = new DutyPrintData("Vidhan Sabha 2027", [], [], new Dictionary<(string, int), string>(), new Dictionary<int, ElectionTool.Features.Draw.PrintHeader>());
        DutyRow Row(ElectionTool.Data.Entities.ReprintKind? mark) =>
            new(ElectionTool.Draw.Duties.DutyKind.SectorOfficer, "AC-201-Z1", "AC-201-S01", "AC-201", null, "ABC1234567", "रमेश कुमार", "REV-002", "Tehsil Office", "Tehsildar", 10, false, 1, "Rampur road", mark);

        var replaced = _ctx.Render<DutyOrderSheet>(p => p.Add(x => x.Row, Row(ElectionTool.Data.Entities.ReprintKind.NewOrder)).Add(x => x.Data, data).Add(x => x.ElectionName, "Vidhan Sabha 2027"));
        var first = _ctx.Render<DutyOrderSheet>(p => p.Add(x => x.Row, Row(null)).Add(x => x.Data, data).Add(x => x.ElectionName, "Vidhan Sabha 2027"));

        Assert.Contains("NEW ORDER", replaced.Find("[data-testid=reprint-mark]").TextContent);
        Assert.Empty(first.FindAll("[data-testid=reprint-mark]"));
        Assert.Contains("Sector AC-201-S01 Rampur road", first.Find("[data-testid=order-area]").TextContent);
    }

    [Fact]
    public void A_short_band_is_shown_in_red_before_the_seed_is_entered()
    {
        var panel = _ctx.Render<DutyPreviewPanel>(p => p.Add(x => x.Preview, new DutyPreview(40, 8, 30, "gazetted, or pay level 10 or above", null)));

        Assert.Contains("Too few eligible: 48 needed", panel.Markup);
    }

    [Fact]
    public async Task An_observer_sees_the_proposed_sectors_but_no_propose_or_lock_button()
    {
        await _h.Get<SectorService>().ProposeAsync(CancellationToken.None);
        _ctx.AddAuthorization().SetAuthorized("observer").SetRoles(Roles.Observer).SetPolicies(Policies.DrawViewer);
        _ctx.Render<MudPopoverProvider>();

        var page = _ctx.Render<SectorsPage>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=sector-row]")), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=propose]"));
        Assert.Empty(page.FindAll("[data-testid=lock-sectors]"));
        Assert.Empty(page.FindAll("[data-testid=rename]"));
        Assert.NotEmpty(page.FindAll("[data-testid=route-sketch]"));
    }

    [Fact]
    public async Task An_admin_locks_the_sectors_after_confirming_and_the_buttons_go()
    {
        await _h.Get<SectorService>().ProposeAsync(CancellationToken.None);
        _ctx.AddAuthorization().SetAuthorized(ServiceHarness.Actor).SetRoles(Roles.Admin).SetPolicies(Policies.Admin, Policies.DrawViewer);
        var dialogs = _ctx.Render<MudDialogProvider>();
        _ctx.Render<MudPopoverProvider>();
        var page = _ctx.Render<SectorsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=lock-sectors]")), TimeSpan.FromSeconds(10));

        // Not awaited: the click's handler waits for the confirmation dialog, answered by the next click.
        _ = page.Find("[data-testid=lock-sectors]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Lock — irreversible", dialogs.Markup), TimeSpan.FromSeconds(10));
        _ = dialogs.FindAll("button").First(b => b.TextContent.Contains("Lock — irreversible")).ClickAsync(new());

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=sectors-locked]")), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-testid=propose]"));
        Assert.True((await _h.Get<SectorService>().GetBoardAsync(CancellationToken.None)).Locked);
    }
}
