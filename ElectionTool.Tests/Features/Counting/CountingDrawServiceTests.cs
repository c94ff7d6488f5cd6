using ElectionTool.Data.Entities;
using ElectionTool.Features.Counting;
using ElectionTool.Features.Counting.Halls;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Duties;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ElectionTool.Tests.Features.Counting;

public class CountingDrawServiceTests
{
    private static async Task<ServiceHarness> DemoWithHallsAsync()
    {
        var h = await ServiceHarness.CreateAsync();
        await h.Get<DemoDistrictSeeder>().SeedAsync(60, false, CancellationToken.None, 3000);
        // The small demo finalizes offices 0–7 of every 20, which leaves the banks and central offices (last by department) open.
        await using (var db = h.Db())
        {
            await db.Offices.Where(o => db.Employees.Any(e => e.OfficeId == o.Id)).ExecuteUpdateAsync(o => o.SetProperty(x => x.ListState, StaffListState.Finalized));
        }
        foreach (var unit in new[] { "AC-201", "AC-202", "AC-203" })
        {
            var saved = await h.Get<CountingHallService>().SaveAsync(new CountingHallInput { UnitCode = unit, Centre = "Govt. College", Name = "Hall 1", Tables = 6, PostalBallotTables = 1 }, default);
            Assert.True(saved.Succeeded, saved.Message);
        }
        return h;
    }

    [Fact]
    public async Task Three_counting_steps_run_accept_and_verify_through_the_one_draw_path_and_polling_staff_may_count()
    {
        await using var h = await DemoWithHallsAsync();
        var draws = h.Get<DrawService>();
        var polling = await draws.RunStageAsync(1, "42", CancellationToken.None);
        Assert.True(polling.Run.Feasible);
        await draws.AcceptAsync(polling.Run.Id, CancellationToken.None);

        var early = await Assert.ThrowsAsync<DrawRefusedException>(() => draws.RunStageAsync(CountingStages.Tables.Number, "1", CancellationToken.None));
        Assert.Contains("must be accepted before", early.Message);
        foreach (var (stage, seed) in new[] { (CountingStages.Selection, "7-3-1"), (CountingStages.Halls, "2-2-9"), (CountingStages.Tables, "5-0-4") })
        {
            var run = await draws.RunStageAsync(stage.Number, seed, CancellationToken.None);
            Assert.True(run.Run.Feasible, string.Join("; ", run.Report.Findings.Select(f => f.Message)));
            Assert.Equal("ET-COUNT-1", run.Run.AlgorithmVersion);
            await draws.AcceptAsync(run.Run.Id, CancellationToken.None);
            var verified = await draws.VerifyAsync(run.Run.Id, CancellationToken.None);
            Assert.True(verified.Matches, string.Join("; ", verified.RuleFindings.Select(f => f.Message)));
        }

        await using var db = h.Db();
        var election = await DrawStore.CurrentElectionAsync(db, CancellationToken.None);
        var holdings = await DutyLedgerStore.HoldingsAsync(db, election.Id, CancellationToken.None);
        var pollingStaff = holdings.Where(x => x.Duty == "PollingParty").Select(x => x.EmployeeId).ToHashSet();
        var counting = holdings.Where(x => x.Duty == "Counting").Select(x => x.EmployeeId).ToList();
        Assert.Equal(3 * 3 * (7 + 2), counting.Count);
        Assert.Equal(counting.Count, counting.Distinct().Count());
        Assert.Contains(counting, pollingStaff.Contains);

        var (step, rows) = await h.Get<CountingOutputService>().RowsAsync(CancellationToken.None);
        Assert.Equal(3, step);
        Assert.Equal(3 * 7, rows.Where(r => !r.IsReserve).GroupBy(r => (r.Hall, r.Table)).Count());
        Assert.Contains(rows, r => r.Table == "PB-1");
        Assert.All(rows.Where(r => !r.IsReserve).GroupBy(r => (r.Hall, r.Table)), t => Assert.Equal(3, t.Select(r => r.OfficeCode).Distinct().Count()));
        var table = await h.Get<CountingOutputService>().ExportAsync(CancellationToken.None);
        Assert.Equal("Unit,Hall,Table,Role,EPIC,Name,OfficeCode,Designation,PayLevel,IsReserve", string.Join(",", table.Headers));
    }

    [Fact]
    public async Task With_the_setting_off_polling_staff_are_never_drafted_for_counting()
    {
        await using var h = await DemoWithHallsAsync();
        Assert.True((await h.Get<CountingSettingsService>().SaveAsync(new CountingSettingsInput { PollingStaffMayCount = false }, default)).Succeeded);
        var draws = h.Get<DrawService>();
        var polling = await draws.RunStageAsync(1, "42", CancellationToken.None);
        await draws.AcceptAsync(polling.Run.Id, CancellationToken.None);
        var run = await draws.RunStageAsync(CountingStages.Selection.Number, "7-3-1", CancellationToken.None);
        Assert.True(run.Run.Feasible, string.Join("; ", run.Report.Findings.Select(f => f.Message)));
        await draws.AcceptAsync(run.Run.Id, CancellationToken.None);

        await using var db = h.Db();
        var election = await DrawStore.CurrentElectionAsync(db, CancellationToken.None);
        var holdings = await DutyLedgerStore.HoldingsAsync(db, election.Id, CancellationToken.None);
        Assert.Equal(holdings.Count, holdings.Select(x => x.EmployeeId).Distinct().Count());
    }
}
