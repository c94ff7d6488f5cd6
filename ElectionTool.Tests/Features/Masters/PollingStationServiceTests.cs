using System.Text;
using ElectionTool.Features.Common;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Features.Masters.Stations;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Masters;

public sealed class PollingStationServiceTests : IAsyncLifetime
{
    private const string Headings = "UnitCode,Number,Name,Location,Electors,Latitude,Longitude,WomenManaged,Sensitive\n";

    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.AcAsync(71, "Bhopal Uttar");
        await _h.AcAsync(72, "Narela");
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<ImportReport> ImportAsync(string rows) =>
        _h.Get<MasterImporter>().ImportAsync(_h.Get<PollingStationService>(), new MemoryStream(Encoding.UTF8.GetBytes(Headings + rows)), default);

    [Fact]
    public async Task Import_reports_bad_rows_by_line_and_column()
    {
        var report = await ImportAsync(
            "AC-071,1,Govt. School Room 1,Peer Gate,1045,23.2599,77.4126,Yes,No\n" +
            "AC-099,2,Unknown unit,,900,,,No,No\n" +
            "AC-071,3,Swapped,,900,77.4126,23.2599,No,No\n" +
            "AC-071,4,Half a position,,900,23.2599,,No,No\n" +
            "AC-071,5,Odd flag,,900,,,maybe,No\n" +
            "AC-071,6,Comma decimal,,900,\"23,2599\",77.4126,No,No\n" +
            "AC-071,7,Too many electors,,20000,,,No,No\n");

        Assert.Equal((7, 1), (report.Read, report.Created));
        Assert.Contains(report.Rejected, r => r.Line == 3 && r.Column == "UnitCode" && r.Reason.Contains("'AC-099'"));
        Assert.Contains(report.Rejected, r => r.Line == 4 && r.Column == "Latitude");
        Assert.Contains(report.Rejected, r => r.Line == 4 && r.Column == "Longitude");
        Assert.Contains(report.Rejected, r => r.Line == 5 && r.Column == "Longitude" && r.Reason.Contains("both"));
        Assert.Contains(report.Rejected, r => r.Line == 6 && r.Column == "WomenManaged" && r.Reason.Contains("'maybe'"));
        Assert.Contains(report.Rejected, r => r.Line == 7 && r.Column == "Latitude");
        Assert.Contains(report.Rejected, r => r.Line == 8 && r.Column == "Electors");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("Yes", true)]
    [InlineData("1", true)]
    [InlineData("Y", true)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData("0", false)]
    [InlineData("N", false)]
    [InlineData("", false)]
    public async Task Flags_accept_the_usual_spreadsheet_spellings(string text, bool expected)
    {
        var report = await ImportAsync($"AC-071,1,School,,900,,,{text},{text}\n");

        Assert.Empty(report.Rejected);
        await using var db = _h.Db();
        var station = await db.PollingStations.SingleAsync();
        Assert.Equal((expected, expected), (station.WomenManaged, station.Sensitive));
    }

    [Fact]
    public async Task Stations_are_keyed_by_unit_and_number_so_a_reimport_changes_nothing()
    {
        const string rows = "AC-071,1,School A,,900,,,No,No\nAC-072,1,School B,,800,,,No,No\nAC-071,2,School C,,700,,,Yes,Yes\n";
        await ImportAsync(rows);

        var again = await ImportAsync(rows);
        var edited = await ImportAsync("ac-071,2,School C (new building),,700,,,Yes,Yes\n");

        Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(1, edited.Updated);
        await using var db = _h.Db();
        Assert.Equal(3, await db.PollingStations.CountAsync());
    }

    [Fact]
    public async Task The_list_filters_by_unit_and_orders_by_unit_then_number()
    {
        await ImportAsync("AC-072,1,B1,,1,,,No,No\nAC-071,10,A10,,1,,,No,No\nAC-071,2,A2,,1,,,No,No\n");
        var service = _h.Get<PollingStationService>();

        var all = await service.ListAsync(new PageRequest(), null, default);
        var ac71 = await service.ListAsync(new PageRequest(), "AC-071", default);

        Assert.Equal(["A2", "A10", "B1"], all.Items.Select(s => s.Name));
        Assert.Equal(2, ac71.Total);
    }

    [Fact]
    public async Task A_station_can_be_saved_from_the_dialog_and_deleted()
    {
        var service = _h.Get<PollingStationService>();
        var outcome = await service.SaveAsync(new PollingStationInput { UnitCode = "AC-071", Number = 5, Name = "Community Hall", Latitude = 23.25, Longitude = 77.41 }, default);
        var id = (await service.ListAsync(new PageRequest(), null, default)).Items.Single().Id;

        Assert.Equal(SaveKind.Created, outcome.Kind);
        Assert.Null(await service.DeleteAsync(id, default));
        await using var db = _h.Db();
        Assert.Equal(0, await db.PollingStations.CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "Delete" && a.EntityKey == "AC-071/5"));
    }
}
