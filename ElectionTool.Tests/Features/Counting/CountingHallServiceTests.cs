using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Counting;
using ElectionTool.Features.Counting.Halls;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ElectionTool.Tests.Features.Counting;

public sealed class CountingHallServiceTests : IAsyncLifetime
{
    private const string Headings = "UnitCode,HallNumber,Centre,HallName,Tables,PostalBallotTables,ReturningOfficerTable\n";

    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await using var db = _h.Db();
        await new DrawDistrictBuilder().Units(2).BuildAsync(db);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<ImportReport> ImportAsync(string rows) =>
        _h.Get<MasterImporter>().ImportAsync(_h.Get<CountingHallService>(), new MemoryStream(Encoding.UTF8.GetBytes(Headings + rows)), default);

    [Fact]
    public async Task Import_keeps_good_halls_reports_bad_rows_and_a_reimport_changes_nothing()
    {
        const string rows =
            "AC-001,1,Polytechnic College / पॉलिटेक्निक कॉलेज,Hall 1,14,1,Yes\n" +
            "ac-002,1,Polytechnic College,Hall 1,,,\n" +
            "AC-099,1,Nowhere,Hall 1,14,0,Yes\n" +
            "AC-001,2,Polytechnic College,Hall 2,0,0,No\n" +
            "AC-001,3,Polytechnic College,Hall 3,fourteen,0,No\n";
        var report = await ImportAsync(rows);
        Assert.Equal((5, 2), (report.Read, report.Created));
        Assert.Contains(report.Rejected, r => r.Line == 4 && r.Column == "UnitCode" && r.Reason.Contains("'AC-099'"));
        Assert.Contains(report.Rejected, r => r.Line == 5 && r.Column == "Tables");
        Assert.Contains(report.Rejected, r => r.Line == 6 && r.Column == "Tables" && r.Reason.Contains("'fourteen'"));

        var again = await ImportAsync(rows);
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));

        var page = await _h.Get<CountingHallService>().ListAsync(new PageRequest(), default);
        Assert.Equal(["AC-001/H1", "AC-002/H1"], page.Items.Select(h => h.Code));
        var second = page.Items[1];
        Assert.Equal((14, 0, true), (second.Tables, second.PostalBallotTables, second.ReturningOfficerTable));
        Assert.Equal((2, 29), await _h.Get<CountingHallService>().TotalsAsync(default));
    }

    [Fact]
    public async Task Halls_and_settings_are_fixed_once_the_counting_selection_is_accepted()
    {
        var halls = _h.Get<CountingHallService>();
        Assert.True((await halls.SaveAsync(new CountingHallInput { UnitCode = "AC-001", Centre = "College", Name = "Hall 1" }, default)).Succeeded);
        var settings = _h.Get<CountingSettingsService>();
        Assert.True((await settings.SaveAsync(new CountingSettingsInput { SupervisorMinPayLevel = 9, ReservePercent = 10, PollingStaffMayCount = false }, default)).Succeeded);
        Assert.Equal(9, (await settings.GetAsync(default)).SupervisorMinPayLevel);

        await using (var db = _h.Db())
        {
            var election = await db.Elections.SingleAsync(e => e.IsCurrent);
            db.Add(new DrawRun
            {
                ElectionId = election.Id,
                Stage = CountingStageNumbers.Selection,
                Duty = "Counting",
                Seed = "1",
                InputHash = "x",
                OutputHash = "y",
                AlgorithmVersion = "ET-COUNT-1",
                Feasible = true,
                Status = DrawRunStatus.Accepted,
                RunBy = "t",
                InputSnapshot = [],
                ResultJson = "{}",
                ReportJson = "{}",
            });
            await db.SaveChangesAsync();
        }

        var refused = await halls.SaveAsync(new CountingHallInput { UnitCode = "AC-001", Number = 2, Centre = "College", Name = "Hall 2" }, default);
        Assert.Contains("can no longer change", refused.Message);
        var id = (await halls.ListAsync(new PageRequest(), default)).Items.Single().Id;
        Assert.Contains("can no longer change", await halls.DeleteAsync(id, default));
        Assert.False((await settings.SaveAsync(new CountingSettingsInput(), default)).Succeeded);
    }
}
