using ElectionTool.Data;
using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.Triangulate;

namespace ElectionTool.Features.Maps;

/// <summary>
/// Plausible boundaries for the demo district, so the map is live in a training session: each AC is the
/// 0.2° square its stations were scattered in (the squares tile the district), and each part is the area
/// nearer its station than any other of the AC (a Voronoi cell clipped to the AC).
/// </summary>
public static class DemoBoundaries
{
    public const string Source = "demo district (generated)";

    public static async Task<int> AddAsync(ElectionDbContext db, DateTimeOffset at, CancellationToken ct)
    {
        var units = await db.ConstituencyUnits.Where(u => u.Kind == UnitKind.AssemblyConstituency).ToListAsync(ct);
        var added = 0;
        foreach (var unit in units)
        {
            var stations = await db.PollingStations.Where(s => s.ConstituencyUnitId == unit.Id && s.Latitude != null && s.Longitude != null).ToListAsync(ct);
            if (stations.Count == 0)
            {
                continue;
            }

            // The seeder's scatter: latitude 23.1 + 0.2 × (number mod 5), longitude 77.2 + 0.2 × (number / 5 mod 5), 0.14° wide.
            var (lat0, lon0) = (23.1 + 0.2 * (unit.Number % 5), 77.2 + 0.2 * (unit.Number / 5 % 5));
            var square = MapGeometry.Factory.ToGeometry(new Envelope(lon0, lon0 + 0.2, lat0, lat0 + 0.2));
            db.Add(Outline(BoundaryKind.Unit, unit.Id, null, square, at));
            added++;

            var sites = stations.GroupBy(s => new Coordinate(s.Longitude!.Value, s.Latitude!.Value)).ToDictionary(g => g.Key, g => g.First());
            var voronoi = new VoronoiDiagramBuilder { ClipEnvelope = square.EnvelopeInternal };
            voronoi.SetSites(sites.Keys.ToList());
            var cells = voronoi.GetDiagram(MapGeometry.Factory);
            for (var i = 0; i < cells.NumGeometries; i++)
            {
                var cell = cells.GetGeometryN(i);
                if (cell.UserData is Coordinate site && sites.TryGetValue(site, out var station) && cell.Intersection(square) is Polygon part && part.IsValid)
                {
                    db.Add(Outline(BoundaryKind.Part, unit.Id, station.Id, part, at));
                    added++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    private static Boundary Outline(BoundaryKind kind, int unitId, int? stationId, Geometry shape, DateTimeOffset at)
    {
        var normalized = shape.Copy();
        normalized.Normalize();
        var boundary = new Boundary { Kind = kind, ConstituencyUnitId = unitId, PollingStationId = stationId, Wkt = "", Source = Source, ImportedAt = at, ImportedBy = "seed-demo" };
        BoundaryImportService.Fill(boundary, normalized);
        return boundary;
    }
}
