using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Draw;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Draw;

[Trait("Database", "Both")]
public sealed class DrawServiceTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private DrawDistrict _district = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        _district = await _h.DistrictAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private DrawService Draws => _h.Get<DrawService>();

    [Fact]
    public async Task Input_holds_only_finalized_offices_and_stage_one_never_drafts_an_excluded_person()
    {
        var input = await _h.Get<DrawInputBuilder>().BuildAsync(_district.ElectionId, default);

        Assert.Equal(_district.FinalizedEmployeeIds.Select(id => (long)id).Order(), input.Pool.Select(e => e.Id).Order());
        Assert.Equal(_district.UnitCodes, input.Units.Select(u => u.Code));
        Assert.Equal(12, input.Stations.Count);

        var run = await Draws.RunStageAsync(1, "4 4 2 6", default);
        Assert.True(run.Run.Feasible);
        await using var db = _h.Db();
        var one = DrawSnapshot.FromJson<StageOneResult>((await db.Set<DrawRun>().SingleAsync()).ResultJson);
        Assert.NotEmpty(one.Assignments);
        Assert.DoesNotContain(one.Assignments, a => _district.ExcludedEmployeeIds.Contains((int)a.EmployeeId) || _district.PendingEmployeeIds.Contains((int)a.EmployeeId));
        Assert.Contains(run.Report.Findings, f => f.Message.Contains("approved exemption"));
    }

    [Fact]
    public async Task Seed_is_trimmed_and_inner_whitespace_collapsed_before_drawing()
    {
        Assert.Equal("3 1 4 1", DrawSeed.Normalize("  3 1   4\t1 \n"));
        var a = await Draws.RunStageAsync(1, "  3 1   4\t1 ", default);
        var b = await Draws.RunStageAsync(1, "3 1 4 1", default);

        Assert.Equal("3 1 4 1", a.Run.Seed);
        Assert.Equal(a.Run.OutputHash, b.Run.OutputHash);
        await Assert.ThrowsAsync<DrawRefusedException>(() => Draws.RunStageAsync(1, "   ", default));
    }

    [Fact]
    public async Task Stage_order_is_enforced()
    {
        await Assert.ThrowsAsync<DrawRefusedException>(() => Draws.RunStageAsync(2, "1", default));
        var proposed = await Draws.RunStageAsync(1, "1", default);
        await Assert.ThrowsAsync<DrawRefusedException>(() => Draws.RunStageAsync(2, "1", default));
        await Draws.AcceptAsync(proposed.Run.Id, default);
        await Assert.ThrowsAsync<DrawRefusedException>(() => Draws.RunStageAsync(3, "1", default));

        var overview = await Draws.GetOverviewAsync(default);
        Assert.Equal([StageState.Locked, StageState.Ready, StageState.Waiting], overview.Stages.Select(s => s.State));
    }

    [Fact]
    public async Task An_accepted_stage_is_locked_and_later_data_edits_do_not_change_it()
    {
        var accepted = await Draws.AcceptStageAsync(1, "5 5 1");
        await using (var db = _h.Db())
        {
            // After the draw: every drafted person's pay and name change, and one more office is finalized.
            await db.Employees.ExecuteUpdateAsync(s => s.SetProperty(e => e.PayLevel, 1).SetProperty(e => e.Name, "Changed"));
            await db.Offices.ExecuteUpdateAsync(s => s.SetProperty(o => o.ListState, StaffListState.Finalized));
        }

        await Assert.ThrowsAsync<DrawRefusedException>(() => Draws.RunStageAsync(1, "other", default));
        var verify = await Draws.VerifyAsync(accepted.Id, default);
        Assert.True(verify.Matches);
        Assert.Equal(accepted.OutputHash, verify.RecomputedOutputHash);
        var two = await Draws.AcceptStageAsync(2);
        Assert.True((await Draws.VerifyAsync(two.Id, default)).Matches);
        Assert.DoesNotContain(await _h.Get<DrawOutputService>().PartyExportAsync(default), r => r.Name == "Changed");
    }

    [Fact]
    public async Task Accept_happens_once_per_stage()
    {
        var first = await Draws.RunStageAsync(1, "1", default);
        await Draws.AcceptAsync(first.Run.Id, default);

        await Assert.ThrowsAsync<DrawRefusedException>(() => Draws.AcceptAsync(first.Run.Id, default));
        await Assert.ThrowsAsync<DrawRefusedException>(() => Draws.DiscardAsync(first.Run.Id, "no", default));
    }

    [Fact]
    public async Task Verify_detects_a_tampered_stored_result()
    {
        var accepted = await Draws.AcceptStageAsync(1);
        await using (var db = _h.Db())
        {
            var run = await db.Set<DrawRun>().SingleAsync(r => r.Id == accepted.Id);
            var one = DrawSnapshot.FromJson<StageOneResult>(run.ResultJson);
            var swapped = one.Assignments.Select((a, i) => i == 0 ? a with { Role = Role.PollingOfficer3 } : a).ToList();
            run.ResultJson = DrawSnapshot.ToJson(one with { Assignments = swapped });
            await db.SaveChangesAsync();
        }

        var verify = await Draws.VerifyAsync(accepted.Id, default);

        Assert.False(verify.Matches);
        Assert.True(verify.OutputMatches);
        Assert.False(verify.StoredResultMatches);
    }

    [Fact]
    public async Task Every_run_stays_in_the_audit_log_with_its_seed_and_hashes_also_when_discarded()
    {
        var first = await Draws.RunStageAsync(1, "11", default);
        var second = await Draws.RunStageAsync(1, "22", default);
        await Draws.DiscardAsync(second.Run.Id, "Seed misheard", default);

        var runs = await Draws.ListRunsAsync(default);
        Assert.Equal(DrawRunStatus.Discarded, runs.Status(first.Run.Id));
        Assert.Equal(DrawRunStatus.Discarded, runs.Status(second.Run.Id));
        await using var db = _h.Db();
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(DrawRun)).ToListAsync();
        Assert.Equal(2, audit.Count(a => a.Action == "DrawRun"));
        Assert.Equal(2, audit.Count(a => a.Action == "DrawDiscarded"));
        Assert.Contains(audit, a => a.Action == "DrawRun" && a.After!.Contains("\"Seed\":\"11\"") && a.After.Contains(first.Run.OutputHash));
        Assert.Contains(audit, a => a.Action == "DrawDiscarded" && a.After!.Contains("Seed misheard"));
    }

    [Fact]
    public async Task An_infeasible_stage_names_the_binding_rule_and_cannot_be_accepted()
    {
        await using (var db = _h.Db())
        {
            await db.Elections.ExecuteUpdateAsync(s => s.SetProperty(e => e.PresidingMinPayLevel, 18).SetProperty(e => e.PresidingFromGazetted, false));
        }

        var run = await Draws.RunStageAsync(1, "7", default);

        Assert.False(run.Run.Feasible);
        Assert.Contains(run.Report.Findings, f => f.Blocking && f.Message.StartsWith("Presiding Officers: need", StringComparison.Ordinal));
        await Assert.ThrowsAsync<DrawRefusedException>(() => Draws.AcceptAsync(run.Run.Id, default));
    }
}
