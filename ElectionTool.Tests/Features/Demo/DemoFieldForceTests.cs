using ElectionTool.Data.Entities;
using ElectionTool.Features.Counting;
using ElectionTool.Features.Counting.Halls;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Duties;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Demo;

/// <summary>The demo district as a training session uses it: the field force and counting can be drawn straight after seed-demo.</summary>
public sealed class DemoFieldForceTests
{
    [Fact]
    public async Task The_demo_district_staffs_micro_observers_for_its_critical_stations_and_a_full_counting_hall_in_every_constituency()
    {
        await using var h = await ServiceHarness.CreateAsync();
        await h.Get<DemoDistrictSeeder>().SeedAsync(60, false, CancellationToken.None, 3000);
        await using (var db = h.Db())
        {
            var central = new[] { DepartmentCategory.CentralGovt, DepartmentCategory.CentralPsu, DepartmentCategory.Bank };
            Assert.All(await db.Offices.Where(o => central.Contains(o.Department!.Category)).ToListAsync(), o => Assert.Equal(StaffListState.Finalized, o.ListState));
            Assert.True(await db.PollingStations.CountAsync(s => s.Sensitive && s.ConstituencyUnit!.Kind == UnitKind.AssemblyConstituency) >= 10);
            Assert.True(await db.PollingStations.AllAsync(s => s.Latitude != null && s.Longitude != null));
            foreach (var unit in await db.ConstituencyUnits.Where(u => u.Kind == UnitKind.AssemblyConstituency).Select(u => u.Code).ToListAsync())
            {
                var saved = await h.Get<CountingHallService>().SaveAsync(new CountingHallInput { UnitCode = unit, Centre = "Govt. College", Name = "Hall 1", Tables = 14, PostalBallotTables = 2 }, default);
                Assert.True(saved.Succeeded, saved.Message);
            }
        }

        var draws = h.Get<DrawService>();
        foreach (var (stage, seed) in new[] { (DutyStages.MicroSelection.Number, "3 3 1"), (DutyStages.MicroAllotment.Number, "6 2 4"), (CountingStages.Selection.Number, "5 1 2") })
        {
            var run = await draws.RunStageAsync(stage, seed, CancellationToken.None);
            Assert.True(run.Run.Feasible, $"stage {stage}: " + string.Join("; ", run.Report.Findings.Select(f => f.Message)));
            await draws.AcceptAsync(run.Run.Id, CancellationToken.None);
        }
        var (_, counting) = await h.Get<CountingOutputService>().RowsAsync(CancellationToken.None);
        Assert.Equal(8 * (16 + 4), counting.Count(r => r.Role == "Counting micro-observer"));
    }
}
