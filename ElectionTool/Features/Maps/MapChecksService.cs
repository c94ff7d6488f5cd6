using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace ElectionTool.Features.Maps;

public enum MapCheckKind
{
    NoCoordinates,
    BadCoordinates,
    OutsideUnit,
    OutsidePart,
    FarFromPartCentre,
    PartWithoutStation,
}

/// <summary>One thing the IT cell should fix; <paramref name="StationId"/> when a station's coordinates are the fix.</summary>
public sealed record MapFinding(MapCheckKind Kind, string UnitCode, int? StationId, int? StationNumber, string StationName, string Detail, double? Latitude, double? Longitude);

public sealed record MapCheckReport(int Stations, int Located, int UnitBoundaries, int PartBoundaries, IReadOnlyList<MapFinding> Findings)
{
    public int Count(MapCheckKind kind) => Findings.Count(f => f.Kind == kind);
}

/// <summary>Checks stations against the imported boundaries: located, inside their part and unit, near their part's centre; parts with a station.</summary>
public sealed class MapChecksService(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public const double DefaultFarKm = 3;

    public async Task<MapCheckReport> RunAsync(double farKm, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stations = await db.PollingStations.AsNoTracking()
            .Select(s => new { s.Id, s.Number, s.Name, s.ConstituencyUnitId, Unit = s.ConstituencyUnit!.Code, s.Latitude, s.Longitude })
            .OrderBy(s => s.Unit).ThenBy(s => s.Number).ToListAsync(ct);
        var boundaries = await db.Set<Boundary>().AsNoTracking()
            .Select(b => new { b.Kind, b.ConstituencyUnitId, b.PollingStationId, b.Wkt, b.CentroidLatitude, b.CentroidLongitude, Unit = b.ConstituencyUnit!.Code, Station = (int?)b.PollingStation!.Number })
            .ToListAsync(ct);
        var reader = new WKTReader(MapGeometry.Factory.GeometryServices);
        var units = boundaries.Where(b => b.Kind == BoundaryKind.Unit).ToDictionary(b => b.ConstituencyUnitId, b => reader.Read(b.Wkt));
        var parts = boundaries.Where(b => b.Kind == BoundaryKind.Part).ToDictionary(b => b.PollingStationId!.Value, b => (Shape: reader.Read(b.Wkt), b.CentroidLatitude, b.CentroidLongitude, b.Unit, b.Station));

        var findings = new List<MapFinding>();
        var located = new List<(int Id, Point Point)>();
        foreach (var s in stations)
        {
            MapFinding Finding(MapCheckKind kind, string detail) => new(kind, s.Unit, s.Id, s.Number, s.Name, detail, s.Latitude, s.Longitude);
            if (s.Latitude is not { } lat || s.Longitude is not { } lon)
            {
                findings.Add(Finding(MapCheckKind.NoCoordinates, UiText.Of("no latitude and longitude")));
                continue;
            }

            if (MapGeometry.PointProblem(lon, lat) is { } problem)
            {
                findings.Add(Finding(MapCheckKind.BadCoordinates, problem));
                continue;
            }

            var point = MapGeometry.Factory.CreatePoint(new Coordinate(lon, lat));
            located.Add((s.Id, point));
            if (units.TryGetValue(s.ConstituencyUnitId, out var unit) && !unit.Covers(point))
            {
                findings.Add(Finding(MapCheckKind.OutsideUnit, UiText.Format("outside the boundary of {0}", s.Unit)));
            }

            if (parts.TryGetValue(s.Id, out var part))
            {
                if (!part.Shape.Covers(point))
                {
                    findings.Add(Finding(MapCheckKind.OutsidePart, UiText.Format("outside its own part's boundary ({0:0.0} km away, roughly)", part.Shape.Distance(point) * 111)));
                }

                var km = MapGeometry.Km(lat, lon, part.CentroidLatitude, part.CentroidLongitude);
                if (km > farKm)
                {
                    findings.Add(Finding(MapCheckKind.FarFromPartCentre, UiText.Format("{0:0.0} km from the centre of its part (more than {1:0.#} km)", km, farKm)));
                }
            }
        }

        var index = new NetTopologySuite.Index.Strtree.STRtree<Point>();
        located.ForEach(l => index.Insert(l.Point.EnvelopeInternal, l.Point));
        index.Build();
        foreach (var (stationId, part) in parts.OrderBy(p => p.Value.Unit).ThenBy(p => p.Value.Station))
        {
            if (!index.Query(part.Shape.EnvelopeInternal).Any(part.Shape.Covers))
            {
                findings.Add(new MapFinding(MapCheckKind.PartWithoutStation, part.Unit, stationId, part.Station, stations.FirstOrDefault(s => s.Id == stationId)?.Name ?? "",
                    UiText.Of("no located polling station lies inside this part"), null, null));
            }
        }

        return new MapCheckReport(stations.Count, located.Count, units.Count, parts.Count, findings);
    }
}
