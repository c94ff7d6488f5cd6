using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Duties;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Simplify;

namespace ElectionTool.Features.Maps;

/// <summary>
/// Reads the map's scene from the database: boundaries, located stations, and the current election's sectors and zones.
/// Places (units, parts, stations, sectors, zones) are the district's and every map viewer sees them; the people on the
/// map, the sector officers, follow the dashboard's rule (<see cref="DashboardScope"/>): a nodal officer sees an officer
/// only from an office of their own departments.
/// </summary>
public sealed class MapService(IDbContextFactory<ElectionDbContext> dbFactory, DutyOutputService duties)
{
    /// <summary>
    /// The district (or one unit, by code) as the viewer's scope allows: boundaries simplified to what a screen or A4 page
    /// can show. The whole district means the current election's kind of unit (ACs, or wards), as its sectors are.
    /// </summary>
    public async Task<MapScene> SceneAsync(string? unitCode, DashboardScope scope, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unitId = unitCode is null ? (int?)null : await db.ConstituencyUnits.Where(u => u.Code == unitCode).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (unitCode is not null && unitId is null)
        {
            return MapScene.Empty;
        }

        var kind = unitId is null ? (await DrawStore.FindCurrentElectionAsync(db, ct))?.UnitKind : null;
        var boundaries = await db.Set<Boundary>().AsNoTracking().Where(b => (unitId == null || b.ConstituencyUnitId == unitId) && (kind == null || b.ConstituencyUnit!.Kind == kind))
            .Select(b => new { b.Kind, b.Wkt, Unit = b.ConstituencyUnit!.Code, UnitName = b.ConstituencyUnit.Name, Station = (int?)b.PollingStation!.Number, b.MinLongitude, b.MinLatitude, b.MaxLongitude, b.MaxLatitude })
            .ToListAsync(ct);
        var stations = await db.PollingStations.AsNoTracking()
            .Where(s => (unitId == null || s.ConstituencyUnitId == unitId) && (kind == null || s.ConstituencyUnit!.Kind == kind) && s.Latitude != null && s.Longitude != null)
            .OrderBy(s => s.ConstituencyUnit!.Code).ThenBy(s => s.Number)
            .Select(s => new { s.Id, Unit = s.ConstituencyUnit!.Code, s.Number, s.Name, s.Electors, s.WomenManaged, s.Sensitive, Lat = s.Latitude!.Value, Lon = s.Longitude!.Value })
            .ToListAsync(ct);
        var located = stations.Where(s => MapGeometry.InIndia(s.Lon, s.Lat)).ToList();

        var lons = boundaries.SelectMany(b => new[] { b.MinLongitude, b.MaxLongitude }).Concat(located.Select(s => s.Lon)).ToList();
        var lats = boundaries.SelectMany(b => new[] { b.MinLatitude, b.MaxLatitude }).Concat(located.Select(s => s.Lat)).ToList();
        if (lons.Count == 0)
        {
            return MapScene.Empty;
        }

        // Detail finer than a thousandth of the map's width is invisible on screen and on A4.
        var tolerance = Math.Max(lons.Max() - lons.Min(), lats.Max() - lats.Min()) / 2000;
        var reader = new WKTReader(MapGeometry.Factory.GeometryServices);
        MapArea Area(string key, string label, string wkt) => new(key, label, Rings(TopologyPreservingSimplifier.Simplify(reader.Read(wkt), tolerance)));
        var units = boundaries.Where(b => b.Kind == BoundaryKind.Unit).OrderBy(b => b.Unit).Select(b => Area(b.Unit, $"{b.Unit} {b.UnitName}", b.Wkt)).ToList();
        var parts = boundaries.Where(b => b.Kind == BoundaryKind.Part).OrderBy(b => b.Unit).ThenBy(b => b.Station)
            .Select(b => Area($"{b.Unit}/{b.Station}", $"{b.Unit} part {b.Station}", b.Wkt)).ToList();

        var (sectors, stationSector) = await SectorsAsync(db, unitId, ct);
        var officers = await SectorOfficersAsync(db, scope, ct);
        var mapStations = located.Select(s =>
        {
            var sector = stationSector.GetValueOrDefault(s.Id);
            var officer = sector is null ? default : officers.GetValueOrDefault(sector);
            return new MapStation(s.Id, s.Unit, s.Number, s.Name, s.Electors, s.WomenManaged, s.Sensitive, new LonLat(s.Lon, s.Lat), sector,
                officer.Name, officer.Withheld);
        }).ToList();

        return new MapScene(lons.Min(), lats.Min(), lons.Max(), lats.Max(), units, parts, mapStations, sectors, Zones(sectors));
    }

    /// <summary>Each sector's officer (not the reserves); one outside the viewer's departments is withheld, name and all.</summary>
    private async Task<Dictionary<string, (string? Name, bool Withheld)>> SectorOfficersAsync(ElectionDbContext db, DashboardScope scope, CancellationToken ct)
    {
        var rows = (await duties.RowsAsync(ct, DutyKind.SectorOfficer)).Where(r => !r.IsReserve && r.Sector is not null).ToList();
        var codes = rows.Select(r => r.OfficeCode).Distinct().ToList();
        var departmentOf = await db.Offices.AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, o => o.DepartmentId, ct);
        return rows.GroupBy(r => r.Sector!).ToDictionary(g => g.Key, g =>
        {
            var officer = g.First();
            return departmentOf.TryGetValue(officer.OfficeCode, out var department) && scope.Includes(department)
                ? ((string?)officer.Name, false)
                : (null, true);
        });
    }

    /// <summary>The units a map can show: those of the current election's kind (all when there is no election).</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> UnitsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kind = (await DrawStore.FindCurrentElectionAsync(db, ct))?.UnitKind;
        return (await db.ConstituencyUnits.AsNoTracking().Where(u => kind == null || u.Kind == kind).OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync(ct))
            .Select(u => (u.Code, u.Name)).ToList();
    }

    private static async Task<(List<MapSector> Sectors, Dictionary<int, string> StationSector)> SectorsAsync(ElectionDbContext db, int? unitId, CancellationToken ct)
    {
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return (new List<MapSector>(), new Dictionary<int, string>());
        }

        var rows = await db.Set<Sector>().AsNoTracking().Where(s => s.ElectionId == election.Id && (unitId == null || s.ConstituencyUnitId == unitId))
            .OrderBy(s => s.Code)
            .Select(s => new
            {
                s.Code,
                s.Name,
                Zone = s.Zone == null ? null : s.Zone.Code,
                s.RouteKm,
                Stops = s.Stations.OrderBy(t => t.RouteOrder).Select(t => new { t.PollingStationId, t.PollingStation!.Latitude, t.PollingStation.Longitude }).ToList(),
            })
            .ToListAsync(ct);
        var sectors = rows.Select((s, i) => new MapSector(s.Code, s.Name, s.Zone, i % MapScene.Palette.Length,
            s.Stops.Where(t => t.Latitude is not null && t.Longitude is not null).Select(t => new LonLat(t.Longitude!.Value, t.Latitude!.Value)).ToList(), s.RouteKm)).ToList();
        var stationSector = rows.SelectMany(s => s.Stops.Select(t => (t.PollingStationId, s.Code))).GroupBy(x => x.PollingStationId).ToDictionary(g => g.Key, g => g.First().Code);
        return (sectors, stationSector);
    }

    /// <summary>A zone drawn as the outline around its sectors' stations, widened a little so single stations show.</summary>
    private static List<MapArea> Zones(IEnumerable<MapSector> sectors) =>
        sectors.Where(s => s.ZoneCode is not null && s.Route.Count > 0).GroupBy(s => s.ZoneCode!).OrderBy(g => g.Key).Select(g =>
        {
            var points = g.SelectMany(s => s.Route).Select(p => new Coordinate(p.Lon, p.Lat)).ToArray();
            var hull = MapGeometry.Factory.CreateMultiPointFromCoords(points).ConvexHull().Buffer(0.01, 4);
            return new MapArea(g.Key, UiText.Format("Zone {0}", g.Key), Rings(hull));
        }).ToList();

    internal static IReadOnlyList<IReadOnlyList<LonLat>> Rings(Geometry geometry)
    {
        var rings = new List<IReadOnlyList<LonLat>>();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is Polygon polygon)
            {
                rings.Add(polygon.ExteriorRing.Coordinates.Select(c => new LonLat(c.X, c.Y)).ToList());
                rings.AddRange(polygon.InteriorRings.Select(r => (IReadOnlyList<LonLat>)r.Coordinates.Select(c => new LonLat(c.X, c.Y)).ToList()));
            }
        }

        return rings;
    }
}
