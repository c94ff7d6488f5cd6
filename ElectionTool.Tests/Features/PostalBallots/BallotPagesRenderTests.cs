using AngleSharp.Dom;
using Bunit;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Features.PostalBallots;
using ElectionTool.Features.PostalBallots.Pages;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ElectionTool.Tests.Features.PostalBallots;

/// <summary>The postal-ballot page over the real services after stages 1 and 2.</summary>
public sealed class BallotPagesRenderTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private BunitContext _ctx = default!;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DistrictAsync();
        await _h.Get<DrawService>().AcceptStageAsync(1);
        await _h.Get<DrawService>().AcceptStageAsync(2);
        _ctx = ComponentContext.Over(_h.Services);
        _ctx.AddAuthorization().SetAuthorized(ServiceHarness.Actor).SetRoles(ElectionTool.Hosting.Roles.Admin).SetPolicies(ElectionTool.Hosting.Policies.Admin, ElectionTool.Hosting.Policies.TrainingDesk);
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task Preparing_the_register_fills_the_units_table_and_says_stage_3_is_not_accepted()
    {
        _ctx.Render<MudPopoverProvider>();
        var page = _ctx.Render<PostalBallotsPage>();
        page.WaitForAssertion(() => Assert.Contains("The register is empty", page.Find("[data-testid=ballot-units]").TextContent), Wait);
        Assert.Contains("Stage 3 (stations) is not accepted yet", page.Find("[data-testid=ballots-basis]").TextContent);

        await page.InvokeAsync(() => page.Find("[data-testid=ballots-prepare]").Click());

        await using var db = _h.Db();
        var units = await db.Set<PostalBallotRecord>().Select(b => b.DutyUnitCode).Distinct().ToListAsync();
        Assert.NotEmpty(units);
        page.WaitForAssertion(() => Assert.All(units, u => Assert.Contains(u, page.Find("[data-testid=ballot-units]").TextContent)), Wait);
    }

    [Fact]
    public async Task The_desk_form_records_a_step_and_the_list_shows_it()
    {
        await _h.Get<PostalBallotService>().PrepareAsync(default);
        await using var db = _h.Db();
        var epics = await db.Set<PostalBallotRecord>().Select(b => b.Employee!.Epic).ToListAsync();
        _ctx.Render<MudPopoverProvider>();
        var page = _ctx.Render<PostalBallotsPage>();
        page.WaitForAssertion(() => Assert.Contains(epics, e => page.Find("[data-testid=ballot-list]").TextContent.Contains(e)), Wait);
        var epic = epics.First(e => page.Find("[data-testid=ballot-list]").TextContent.Contains(e));

        await page.InvokeAsync(() => InputOf(page.Find("[data-testid=ballot-epic]")).Change(epic));
        await page.InvokeAsync(() => page.Find("[data-testid=ballot-record]").Click());

        page.WaitForAssertion(() => Assert.Equal(BallotStep.FormIssued, StepOf(epic)), Wait);
    }

    private BallotStep StepOf(string epic)
    {
        using var db = _h.Db();
        return db.Set<PostalBallotRecord>().Where(b => b.Employee!.Epic == epic).Select(b => b.Step).Single();
    }

    private static IElement InputOf(IElement e) => e.TagName == "INPUT" ? e : e.QuerySelector("input")!;
}
