using ElectionTool.Data.Entities;
using ElectionTool.Features.Maps;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ElectionTool.Tests.Features.Maps.MapFixtures;

namespace ElectionTool.Tests.Features.Maps;

/// <summary>Boundary and coordinate imports over a real SQLite database.</summary>
public sealed class BoundaryImportTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await MastersAsync(_h);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<BoundaryImportReport> ImportAsync(string text, string name = "bhopal.geojson") =>
        _h.Get<BoundaryImportService>().ImportAsync(Stream(text), name, default);

    private async Task<int> BoundariesAsync()
    {
        await using var db = _h.Db();
        return await db.Set<Boundary>().CountAsync();
    }

    [Fact]
    public async Task A_good_file_saves_the_unit_and_parts_and_the_same_file_again_changes_nothing()
    {
        var first = await ImportAsync(Good());
        await using var db = _h.Db();
        var saved = await db.Set<Boundary>().AsNoTracking().OrderBy(b => b.Id).ToListAsync();

        var again = await ImportAsync(Good());

        Assert.Equal((1, 2, 3, 0, 0), (first.Units, first.Parts, first.Added, first.Updated, first.Unchanged));
        Assert.Equal((3, 0, 0), (again.Unchanged, again.Added, again.Updated));
        Assert.Equal(saved.Select(b => (b.Id, b.Wkt, b.ImportedAt)), (await db.Set<Boundary>().AsNoTracking().OrderBy(b => b.Id).ToListAsync()).Select(b => (b.Id, b.Wkt, b.ImportedAt)));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "BoundariesImported"));
        var part = saved.Single(b => b.Kind == BoundaryKind.Part && b.PollingStationId != null && b.MinLongitude < 77.405);
        Assert.Equal(77.405, part.CentroidLongitude, 6);
        Assert.Equal(23.21, part.CentroidLatitude, 6);
    }

    [Fact]
    public async Task The_same_boundaries_as_KML_after_the_GeoJSON_change_nothing()
    {
        await ImportAsync(Collection(Feature("\"unit\":\"AC-071\"", Unit)));

        var kml = await ImportAsync(Kml("<Data name=\"unit\"><value>AC-071</value></Data>", KmlCoordinates(Unit)), "bhopal.kml");

        Assert.Equal((0, 0, 1), (kml.Added, kml.Updated, kml.Unchanged));
    }

    [Fact]
    public async Task A_changed_outline_updates_the_boundary()
    {
        await ImportAsync(Good());

        var changed = await ImportAsync(Collection(Feature("\"unit\":\"AC-071\"", "[[77.40,23.20],[77.43,23.20],[77.43,23.22],[77.40,23.22],[77.40,23.20]]")));

        Assert.Equal((0, 1, 0), (changed.Added, changed.Updated, changed.Unchanged));
    }

    [Fact]
    public async Task One_bad_feature_saves_nothing_and_names_every_problem()
    {
        var report = await ImportAsync(Collection(
            Feature("\"unit\":\"AC-071\"", Unit),
            Feature("\"unit\":\"AC-099\"", Unit),
            Feature("\"ac_no\":71,\"part_no\":7", PartOne),
            Feature("\"ac_no\":71,\"part_no\":2", Swapped),
            Feature("\"ac_no\":71,\"part_no\":1", PartOne),
            Feature("\"ac_no\":71,\"part_no\":1", PartOne)));

        Assert.False(report.Saved);
        Assert.Equal(
        [
            "Feature 2 (AC-099): no unit AC-099 in the district's masters",
            "Feature 3 (AC-071 part 7): AC-071 has no polling station (part) 7",
            "Feature 4 (AC-071 part 2): latitude and longitude are swapped in every point (GeoJSON and KML give the longitude first)",
            "Feature 6 (AC-071 part 1): the same part as Feature 5 (AC-071 part 1)",
        ], report.Problems.Select(p => p.ToString()));
        Assert.Equal(0, await BoundariesAsync());
    }

    [Fact]
    public async Task Station_coordinates_come_from_CSV_and_swapped_rows_save_nothing()
    {
        var coordinates = _h.Get<StationCoordinatesService>();

        var swapped = await coordinates.ImportAsync(Stream("Unit,Station,Latitude,Longitude\nAC-071,1,23.3,77.5\n71,2,77.5,23.3\n"), default);
        var good = await coordinates.ImportAsync(Stream("Unit,Station,Latitude,Longitude\nAC-071,1,23.3,77.5\n71,2,23.31,77.51\n"), default);
        var again = await coordinates.ImportAsync(Stream("Unit,Station,Latitude,Longitude\nAC-071,1,23.3,77.5\n71,2,23.31,77.51\n"), default);
        var unknown = await coordinates.ImportAsync(Stream("Unit,Station,Latitude,Longitude\nAC-071,9,23.3,77.5\n"), default);

        Assert.StartsWith("Row 3: AC-071 station 2: latitude and longitude are swapped", Assert.Single(swapped.Problems).ToString());
        Assert.Equal((2, 0), (good.Updated, good.Unchanged));
        Assert.Equal((0, 2), (again.Updated, again.Unchanged));
        Assert.Equal("Row 2: AC-071 has no polling station 9", Assert.Single(unknown.Problems).ToString());
        await using var db = _h.Db();
        Assert.Equal(23.31, (await db.PollingStations.SingleAsync(s => s.Number == 2)).Latitude);
    }
}
