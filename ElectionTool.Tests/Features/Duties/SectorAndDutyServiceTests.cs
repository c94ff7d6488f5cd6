using ElectionTool.Draw;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Duties;
using ElectionTool.Tests.Infrastructure;
using Xunit;

namespace ElectionTool.Tests.Features.Duties;

public class SectorAndDutyServiceTests
{
    [Fact]
    public async Task Sectors_are_edited_then_locked_and_no_person_holds_two_duties_across_officers_and_polling()
    {
        await using var h = await ServiceHarness.CreateAsync();
        await h.Get<DemoDistrictSeeder>().SeedAsync(60, false, CancellationToken.None, 3000);
        var sectors = h.Get<SectorService>();
        Assert.True(await sectors.ProposeAsync(CancellationToken.None) > 0);

        var unit = (await sectors.GetBoardAsync(CancellationToken.None)).Units[0];
        var station = unit.Sectors[0].Stops[0];
        await sectors.MoveStationAsync(station.StationId, unit.Sectors[1].Id, CancellationToken.None);
        await sectors.RenameAsync(unit.Sectors[1].Id, "Sector 2 — Rampur road", CancellationToken.None);
        var moved = (await sectors.GetBoardAsync(CancellationToken.None)).Units[0].Sectors[1];
        Assert.Contains(moved.Stops, s => s.StationId == station.StationId);
        Assert.Equal("Sector 2 — Rampur road", moved.Name);

        var duties = h.Get<DrawService>();
        var early = await Assert.ThrowsAsync<DrawRefusedException>(() => duties.RunStageAsync(DutyStages.Sector.Number, "1", CancellationToken.None));
        Assert.Contains("Lock the sectors", early.Message);

        await sectors.LockAsync(CancellationToken.None);
        await Assert.ThrowsAsync<DrawRefusedException>(() => sectors.MoveStationAsync(station.StationId, unit.Sectors[0].Id, CancellationToken.None));

        foreach (var stage in new[] { DutyStages.Zonal, DutyStages.Sector })
        {
            var run = await duties.RunStageAsync(stage.Number, $"seed {stage.Number}", CancellationToken.None);
            Assert.True(run.Run.Feasible, string.Join("; ", run.Report.Findings.Select(f => f.Message)));
            await duties.AcceptAsync(run.Run.Id, CancellationToken.None);
            Assert.True((await duties.VerifyAsync(run.Run.Id, CancellationToken.None)).Matches);
        }
        var polling = await h.Get<DrawService>().RunStageAsync(1, "42", CancellationToken.None);
        Assert.True(polling.Run.Feasible);
        await h.Get<DrawService>().AcceptAsync(polling.Run.Id, CancellationToken.None);

        await using var db = h.Db();
        var election = await DrawStore.CurrentElectionAsync(db, CancellationToken.None);
        var holdings = await DutyLedgerStore.HoldingsAsync(db, election.Id, CancellationToken.None);
        Assert.Contains(holdings, x => x.Duty == "PollingParty");
        Assert.Contains(holdings, x => x.Duty == "SectorOfficer");
        Assert.Equal(holdings.Count, holdings.Select(x => x.EmployeeId).Distinct().Count());
        var rows = await h.Get<DutyOutputService>().RowsAsync(CancellationToken.None);
        Assert.Contains(rows, r => r.Duty == "Sector officer" && r.Sector is not null && r.Zone is not null);
    }
}
