using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Draw;
using ElectionTool.Features.PostalBallots;
using ElectionTool.Features.Training;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.PostalBallots;

public sealed class PostalBallotTests
{
    [Theory]
    [InlineData("AC-001", "AC-001", BallotForm.Form12A)]
    [InlineData("ac-001", "AC-001", BallotForm.Form12A)]
    [InlineData("AC-002", "AC-001", BallotForm.Form12)]
    [InlineData(null, "AC-001", BallotForm.Form12)]
    public void Form_12A_when_registered_where_they_serve_else_Form_12(string? voterUnit, string dutyUnit, BallotForm expected) =>
        Assert.Equal(expected, BallotRules.FormFor(voterUnit, dutyUnit));

    [Fact]
    public void No_form_is_decided_before_a_unit_of_duty_is_known() => Assert.Null(BallotRules.FormFor("AC-001", null));

    [Theory]
    [InlineData(BallotStep.NotIssued, BallotStep.FormIssued)]
    [InlineData(BallotStep.FormIssued, BallotStep.ApplicationReceived)]
    [InlineData(BallotStep.ApplicationReceived, BallotStep.BallotIssued)]
    [InlineData(BallotStep.BallotIssued, BallotStep.Voted)]
    [InlineData(BallotStep.Voted, BallotStep.Voted)]
    public void A_desk_records_each_step_in_turn(BallotStep from, BallotStep to) => Assert.Null(BallotRules.Refusal(from, to, isAdmin: false));

    [Theory]
    [InlineData(BallotStep.ApplicationReceived, BallotStep.FormIssued)]
    [InlineData(BallotStep.Voted, BallotStep.BallotIssued)]
    [InlineData(BallotStep.FormIssued, BallotStep.BallotIssued)]
    public void A_desk_cannot_move_back_or_skip_but_the_admin_can(BallotStep from, BallotStep to)
    {
        Assert.NotNull(BallotRules.Refusal(from, to, isAdmin: false));
        Assert.Null(BallotRules.Refusal(from, to, isAdmin: true));
    }

    [Fact]
    public async Task The_register_takes_the_unit_stage_2_allotted_and_a_desk_cannot_go_back()
    {
        await using var h = await ServiceHarness.CreateAsync();
        await h.DistrictAsync();
        var draws = h.Get<DrawService>();
        await draws.AcceptStageAsync(1);
        var ballots = h.Get<PostalBallotService>();

        var early = await ballots.PrepareAsync(default);
        await draws.AcceptStageAsync(2);
        var prepared = await ballots.PrepareAsync(default);

        Assert.Equal(0, early.Added);
        Assert.True(early.WaitingForUnits > 0);
        var roster = await h.Get<DraftedStaff>().LoadAsync(default);
        Assert.Equal(roster.People.Count, prepared.Added);
        var person = roster.People[0];
        var page = await ballots.PageAsync(new PageRequest(0, 10, person.Epic), null, false, default);
        Assert.Equal(person.DutyUnitCode, page.Items.Single().DutyUnitCode);
        Assert.Equal(BallotRules.FormFor(person.VoterUnitCode, person.DutyUnitCode), page.Items.Single().Form);

        // The Admin (service harness acts for the IT cell) records two steps; a desk (no Admin role) cannot undo them.
        Assert.True((await ballots.RecordStepAsync(person.Epic, BallotStep.FormIssued, default)).Done);
        Assert.True((await ballots.RecordStepAsync(person.Epic, BallotStep.ApplicationReceived, default)).Done);
        await using (var deskScope = h.Get<IServiceScopeFactory>().CreateAsyncScope())
        {
            var desk = deskScope.ServiceProvider.GetRequiredService<PostalBallotService>();
            var back = await desk.RecordStepAsync(person.Epic, BallotStep.FormIssued, default);
            var next = await desk.RecordStepAsync(person.Epic, BallotStep.BallotIssued, default);
            Assert.False(back.Done);
            Assert.Contains("only the Admin", back.Message);
            Assert.True(next.Done);
        }

        var adminBack = await ballots.RecordStepAsync(person.Epic, BallotStep.ApplicationReceived, default);
        Assert.True(adminBack.Done);
        await using var db = h.Db();
        Assert.Equal(BallotStep.ApplicationReceived, (await db.Set<PostalBallotRecord>().SingleAsync(r => r.EmployeeId == person.EmployeeId)).Step);
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "PostalBallotStepReversed"));
    }

    [Fact]
    public async Task Bulk_steps_by_CSV_apply_good_rows_and_name_the_refused_ones()
    {
        await using var h = await ServiceHarness.CreateAsync();
        await h.DistrictAsync();
        await h.Get<DrawService>().AcceptStageAsync(1);
        await h.Get<DrawService>().AcceptStageAsync(2);
        var ballots = h.Get<PostalBallotService>();
        await ballots.PrepareAsync(default);
        var people = (await h.Get<DraftedStaff>().LoadAsync(default)).People;
        var csv = $"EPIC,Step\n{people[0].Epic},FormIssued\n{people[1].Epic},1\n{people[1].Epic},1\nXYZ0000000,1\n{people[2].Epic},Lunch\n";

        var outcome = await ballots.ImportStepsAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), default);
        var figures = await ballots.UnitFiguresAsync(default);

        Assert.Equal(2, outcome.Applied);
        Assert.Equal(1, outcome.Unchanged);
        Assert.Equal([5, 6], outcome.Refused.Select(r => r.Row));
        Assert.Equal(people.Count, figures.Sum(f => f.Lacking));
    }
}
