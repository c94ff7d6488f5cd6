using ElectionTool.Features.Maps;
using ElectionTool.Tests.Infrastructure;
using static ElectionTool.Tests.Features.Maps.MapFixtures;

namespace ElectionTool.Tests.Features.Maps;

public sealed class MapChecksTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await MastersAsync(_h);
        Assert.True((await _h.Get<BoundaryImportService>().ImportAsync(Stream(Good()), "bhopal.geojson", default)).Saved);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<MapCheckReport> RunAsync(double farKm = 5) => _h.Get<MapChecksService>().RunAsync(farKm, default);

    [Fact]
    public async Task Stations_inside_their_parts_give_nothing_to_fix()
    {
        var report = await RunAsync();

        Assert.Empty(report.Findings);
        Assert.Equal((2, 2, 1, 2), (report.Stations, report.Located, report.UnitBoundaries, report.PartBoundaries));
    }

    [Fact]
    public async Task A_station_in_the_neighbouring_part_is_outside_its_own_and_leaves_its_part_empty()
    {
        await MoveStationAsync(_h, 1, 23.21, 77.417);

        var report = await RunAsync();

        var outside = Assert.Single(report.Findings, f => f.Kind == MapCheckKind.OutsidePart);
        Assert.Equal(("AC-071", 1), (outside.UnitCode, outside.StationNumber));
        Assert.Equal(1, Assert.Single(report.Findings, f => f.Kind == MapCheckKind.PartWithoutStation).StationNumber);
        Assert.DoesNotContain(report.Findings, f => f.Kind == MapCheckKind.OutsideUnit);
    }

    [Fact]
    public async Task A_station_outside_the_unit_and_far_from_its_part_is_found()
    {
        await MoveStationAsync(_h, 2, 23.30, 77.50);

        var report = await RunAsync(farKm: 5);

        Assert.Equal([MapCheckKind.OutsideUnit, MapCheckKind.OutsidePart, MapCheckKind.FarFromPartCentre, MapCheckKind.PartWithoutStation],
            report.Findings.Where(f => f.StationNumber == 2).Select(f => f.Kind));
        Assert.Contains("km from the centre of its part", report.Findings.Single(f => f.Kind == MapCheckKind.FarFromPartCentre).Detail);
    }

    [Fact]
    public async Task Swapped_and_missing_coordinates_are_detected()
    {
        await MoveStationAsync(_h, 1, 77.405, 23.21);
        await MoveStationAsync(_h, 2, null, null);

        var report = await RunAsync();

        Assert.Contains("latitude and longitude are swapped", Assert.Single(report.Findings, f => f.Kind == MapCheckKind.BadCoordinates).Detail);
        Assert.Equal(2, Assert.Single(report.Findings, f => f.Kind == MapCheckKind.NoCoordinates).StationNumber);
    }

    [Fact]
    public async Task Fixing_a_station_from_the_checks_refuses_swapped_values_and_saves_good_ones()
    {
        await MoveStationAsync(_h, 1, 77.405, 23.21);
        var finding = Assert.Single((await RunAsync()).Findings, f => f.Kind == MapCheckKind.BadCoordinates);
        var coordinates = _h.Get<StationCoordinatesService>();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => coordinates.SetAsync(finding.StationId!.Value, 77.405, 23.21, default));
        await coordinates.SetAsync(finding.StationId!.Value, 23.21, 77.405, default);

        Assert.Contains("swapped", refused.Message);
        Assert.Empty((await RunAsync()).Findings);
    }
}
