using System.Globalization;
using System.Text;
using ElectionTool.Data;
using ElectionTool.Features.Auditing;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Maps;

public sealed record CoordinateProblem(int Row, string Message)
{
    public override string ToString() => Row == 0 ? Message : $"Row {Row}: {Message}";
}

public sealed record CoordinatesReport(int Updated, int Unchanged, IReadOnlyList<CoordinateProblem> Problems)
{
    public bool Saved => Problems.Count == 0;
}

/// <summary>
/// Station coordinates: from a CSV (<c>Unit,Station,Latitude,Longitude</c>; every row checked, nothing saved on any
/// problem, the same file again changes nothing) or one station at a time from the Checks page.
/// </summary>
public sealed class StationCoordinatesService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
{
    public const string Header = "Unit,Station,Latitude,Longitude";

    public async Task<CoordinatesReport> ImportAsync(Stream csv, CancellationToken ct)
    {
        using var reader = new StreamReader(csv, Encoding.UTF8);
        var lines = (await reader.ReadToEndAsync(ct)).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.FirstOrDefault()?.Split(',').Select(h => h.Trim().ToLowerInvariant()).ToList() ?? [];
        int Column(params string[] names) => header.FindIndex(names.Contains);
        var (unitCol, stationCol, latCol, lonCol) = (Column("unit", "ac", "unit_code"), Column("station", "part_no", "station_no", "part"), Column("latitude", "lat"), Column("longitude", "lon", "long", "lng"));
        if (unitCol < 0 || stationCol < 0 || latCol < 0 || lonCol < 0)
        {
            return new CoordinatesReport(0, 0, [new CoordinateProblem(0, UiText.Format("The first line must be the header {0}.", Header))]);
        }

        var problems = new List<CoordinateProblem>();
        var rows = new List<(int Row, string Unit, int Station, double Lat, double Lon)>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Split(',').Select(c => c.Trim().Trim('"')).ToArray();
            string Cell(int c) => c < cells.Length ? cells[c] : "";
            var unit = Cell(unitCol).ToUpperInvariant();
            unit = int.TryParse(unit, NumberStyles.None, CultureInfo.InvariantCulture, out var ac) ? Data.Entities.ConstituencyUnit.AcCode(ac) : unit;
            if (!int.TryParse(Cell(stationCol), NumberStyles.None, CultureInfo.InvariantCulture, out var station))
            {
                problems.Add(new CoordinateProblem(i + 1, UiText.Format("station \"{0}\" is not a number", Cell(stationCol))));
                continue;
            }

            if (!double.TryParse(Cell(latCol), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(Cell(lonCol), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                problems.Add(new CoordinateProblem(i + 1, UiText.Format("{0} station {1}: latitude and longitude must be decimal degrees such as 23.2599, 77.4126", unit, station)));
                continue;
            }

            if (MapGeometry.PointProblem(lon, lat) is { } problem)
            {
                problems.Add(new CoordinateProblem(i + 1, $"{unit} station {station}: {problem}"));
                continue;
            }

            rows.Add((i + 1, unit, station, lat, lon));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var codes = rows.Select(r => r.Unit).Distinct().ToList();
        var stations = await db.PollingStations.Where(s => codes.Contains(s.ConstituencyUnit!.Code))
            .Select(s => new { Station = s, s.ConstituencyUnit!.Code }).ToListAsync(ct);
        var byKey = stations.ToDictionary(s => (s.Code, s.Station.Number), s => s.Station);
        var updated = 0;
        var unchanged = 0;
        foreach (var r in rows)
        {
            if (!byKey.TryGetValue((r.Unit, r.Station), out var s))
            {
                problems.Add(new CoordinateProblem(r.Row, UiText.Format("{0} has no polling station {1}", r.Unit, r.Station)));
                continue;
            }

            if (s.Latitude == r.Lat && s.Longitude == r.Lon)
            {
                unchanged++;
                continue;
            }

            (s.Latitude, s.Longitude) = (r.Lat, r.Lon);
            updated++;
        }

        if (problems.Count > 0)
        {
            return new CoordinatesReport(0, 0, problems.OrderBy(p => p.Row).ToList());
        }

        if (updated > 0)
        {
            AuditLog.Record(db, await currentUser.GetNameAsync(), "StationCoordinatesImported", "PollingStation", "", after: new { updated, unchanged });
            await db.SaveChangesAsync(ct);
        }

        return new CoordinatesReport(updated, unchanged, []);
    }

    /// <summary>Sets one station's coordinates, as the Checks page fixes it; refused outside India or swapped.</summary>
    public async Task SetAsync(int stationId, double latitude, double longitude, CancellationToken ct)
    {
        if (MapGeometry.PointProblem(longitude, latitude) is { } problem)
        {
            throw new InvalidOperationException(UiText.Format("Not saved: {0}.", problem));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var station = await db.PollingStations.Include(s => s.ConstituencyUnit).FirstOrDefaultAsync(s => s.Id == stationId, ct)
            ?? throw new InvalidOperationException(UiText.Of("That station no longer exists."));
        var before = new { station.Latitude, station.Longitude };
        (station.Latitude, station.Longitude) = (Math.Round(latitude, 6), Math.Round(longitude, 6));
        AuditLog.Record(db, await currentUser.GetNameAsync(), "StationCoordinatesSet", "PollingStation", $"{station.ConstituencyUnit!.Code}/{station.Number}", before, new { station.Latitude, station.Longitude });
        await db.SaveChangesAsync(ct);
    }
}
