using System.Text;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Maps;

/// <summary>
/// Imports unit and part boundaries from GeoJSON or KML. Every feature is checked first (geometry, India's extent,
/// swapped coordinates, its unit or station in the masters); one problem anywhere and nothing is saved. The same file
/// imported again changes nothing.
/// </summary>
public sealed class BoundaryImportService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    public const long MaxFileBytes = 50L * 1024 * 1024;

    public static BoundaryFile Parse(string text, string fileName)
    {
        var kml = fileName.EndsWith(".kml", StringComparison.OrdinalIgnoreCase)
            || (!fileName.EndsWith("json", StringComparison.OrdinalIgnoreCase) && text.TrimStart().StartsWith('<'));
        return kml ? KmlBoundaryReader.Read(text) : GeoJsonBoundaryReader.Read(text);
    }

    /// <summary>Stores a normalized geometry on a boundary with the centroid, area and extent the checks and the map read.</summary>
    public static void Fill(Boundary boundary, NetTopologySuite.Geometries.Geometry normalized)
    {
        var centroid = normalized.Centroid;
        var envelope = normalized.EnvelopeInternal;
        boundary.Wkt = normalized.AsText();
        boundary.CentroidLongitude = centroid.X;
        boundary.CentroidLatitude = centroid.Y;
        boundary.AreaSqKm = Math.Round(MapGeometry.AreaSqKm(normalized), 4);
        (boundary.MinLongitude, boundary.MinLatitude, boundary.MaxLongitude, boundary.MaxLatitude) = (envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
    }

    public async Task<BoundaryImportReport> ImportAsync(Stream file, string fileName, CancellationToken ct)
    {
        using var reader = new StreamReader(file, Encoding.UTF8);
        var parsed = Parse(await reader.ReadToEndAsync(ct), fileName);
        var problems = parsed.Problems.ToList();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var codes = parsed.Features.Select(f => f.UnitKey).Distinct().ToList();
        var units = await db.ConstituencyUnits.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var unitIds = units.Values.ToList();
        var stations = await db.PollingStations.AsNoTracking().Where(s => unitIds.Contains(s.ConstituencyUnitId))
            .Select(s => new { s.Id, s.ConstituencyUnitId, s.Number }).ToDictionaryAsync(s => (s.ConstituencyUnitId, s.Number), s => s.Id, ct);

        var keyed = new List<(BoundaryFeature Feature, int UnitId, int? StationId)>();
        var seen = new Dictionary<(int, int?), BoundaryFeature>();
        foreach (var f in parsed.Features)
        {
            if (!units.TryGetValue(f.UnitKey, out var unitId))
            {
                problems.Add(new FeatureProblem(f.Index, f.Label, UiText.Format("no unit {0} in the district's masters", f.UnitKey)));
                continue;
            }

            int? stationId = null;
            if (f.PartNumber is { } part)
            {
                if (!stations.TryGetValue((unitId, part), out var found))
                {
                    problems.Add(new FeatureProblem(f.Index, f.Label, UiText.Format("{0} has no polling station (part) {1}", f.UnitKey, part)));
                    continue;
                }

                stationId = found;
            }

            if (seen.TryGetValue((unitId, stationId), out var first))
            {
                problems.Add(new FeatureProblem(f.Index, f.Label, stationId is null ? UiText.Format("the same unit as {0}", first.Label) : UiText.Format("the same part as {0}", first.Label)));
                continue;
            }

            seen[(unitId, stationId)] = f;
            keyed.Add((f, unitId, stationId));
        }

        var unitCount = keyed.Count(k => k.StationId is null);
        if (problems.Count > 0 || keyed.Count == 0)
        {
            if (problems.Count == 0)
            {
                problems.Add(new FeatureProblem(0, UiText.Of("The file"), UiText.Of("it holds no boundaries")));
            }

            return new BoundaryImportReport(unitCount, keyed.Count - unitCount, 0, 0, 0, problems.OrderBy(p => p.Index).ToList());
        }

        var existing = await db.Set<Boundary>().Where(b => unitIds.Contains(b.ConstituencyUnitId)).ToDictionaryAsync(b => (b.ConstituencyUnitId, b.PollingStationId), ct);
        var user = await currentUser.GetNameAsync();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var (feature, unitId, stationId) in keyed)
        {
            var geometry = feature.Geometry.Copy();
            geometry.Normalize();
            var wkt = geometry.AsText();
            if (existing.TryGetValue((unitId, stationId), out var boundary))
            {
                if (boundary.Wkt == wkt)
                {
                    unchanged++;
                    continue;
                }

                updated++;
            }
            else
            {
                boundary = new Boundary { Kind = stationId is null ? BoundaryKind.Unit : BoundaryKind.Part, ConstituencyUnitId = unitId, PollingStationId = stationId, Wkt = wkt };
                db.Add(boundary);
                added++;
            }

            Fill(boundary, geometry);
            boundary.Source = Path.GetFileName(fileName);
            boundary.ImportedAt = clock.GetUtcNow();
            boundary.ImportedBy = user;
        }

        if (added + updated > 0)
        {
            AuditLog.Record(db, user, "BoundariesImported", nameof(Boundary), Path.GetFileName(fileName), after: new { Units = unitCount, Parts = keyed.Count - unitCount, added, updated, unchanged });
            await db.SaveChangesAsync(ct);
        }

        return new BoundaryImportReport(unitCount, keyed.Count - unitCount, added, updated, unchanged, []);
    }
}
