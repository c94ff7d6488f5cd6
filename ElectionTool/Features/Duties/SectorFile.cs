using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Export;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

/// <summary>A sector file that cannot be taken: every problem, each naming its row; nothing was saved.</summary>
public sealed class SectorFileRejectedException(IReadOnlyList<string> problems)
    : InvalidOperationException(UiText.Format("The sector file was not taken (nothing saved): {0}", string.Join(" ", problems.Take(20)))
        + (problems.Count > 20 ? " " + UiText.Format("… and {0} more.", problems.Count - 20) : ""))
{
    public IReadOnlyList<string> Problems => problems;
}

/// <summary>
/// Sectors as CSV, `Unit,Sector,Zone,StationNumber,RouteOrder`, for districts that already have them: export writes the
/// current sectors, import replaces them (before they are locked) — all rows or none. Route length is measured again.
/// </summary>
public sealed class SectorFileService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
{
    public static readonly string[] Header = ["Unit", "Sector", "Zone", "StationNumber", "RouteOrder"]; // English: the file's column headers, a data format

    public async Task<byte[]> ExportAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var rows = await db.Set<SectorStation>().AsNoTracking().Where(x => x.ElectionId == election.Id)
            .Select(x => new { Unit = x.Sector!.ConstituencyUnit!.Code, Sector = x.Sector.Code, Zone = x.Sector.Zone!.Code, x.PollingStation!.Number, x.RouteOrder })
            .ToListAsync(ct);
        return SpreadsheetText.CsvBytes(rows.OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Sector, StringComparer.Ordinal).ThenBy(r => r.RouteOrder)
            .Select(r => (IEnumerable<object?>)new object?[] { r.Unit, r.Sector, r.Zone, r.Number, r.RouteOrder }).Prepend(Header));
    }

    /// <summary>Replaces the election's sectors and zones with the file's; returns the number of sectors.</summary>
    public async Task<int> ImportAsync(Stream csv, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        SectorService.RefuseIfLocked(await SectorService.SettingsAsync(db, election.Id, ct));
        var stations = await db.PollingStations.AsNoTracking().Where(s => s.ConstituencyUnit!.Kind == election.UnitKind)
            .Select(s => new { s.Id, Unit = s.ConstituencyUnit!.Code, s.ConstituencyUnitId, s.Number, s.Latitude, s.Longitude }).ToListAsync(ct);
        var byKey = stations.ToDictionary(s => (s.Unit, s.Number));
        var rows = Read(csv, byKey.Keys.Select(k => k.Unit).ToHashSet(StringComparer.Ordinal), out var problems);
        foreach (var row in rows.Where(r => !byKey.ContainsKey((r.Unit, r.Station))))
        {
            problems.Add(UiText.Format("Row {0}: unit {1} has no polling station {2}.", row.Line, row.Unit, row.Station));
        }
        foreach (var twice in rows.GroupBy(r => (r.Unit, r.Station)).Where(g => g.Count() > 1))
        {
            problems.Add(UiText.Format("Rows {0}: station {1} of {2} is listed more than once.", string.Join(", ", twice.Select(r => r.Line)), twice.Key.Station, twice.Key.Unit));
        }
        foreach (var mixed in rows.GroupBy(r => r.Sector).Where(g => g.Select(r => (r.Unit, r.Zone)).Distinct().Count() > 1))
        {
            problems.Add(UiText.Format("Row {0}: sector {1} is given more than one unit or zone.", mixed.Skip(1).First(r => (r.Unit, r.Zone) != (mixed.First().Unit, mixed.First().Zone)).Line, mixed.Key));
        }
        foreach (var mixed in rows.GroupBy(r => r.Zone).Where(g => g.Select(r => r.Unit).Distinct().Count() > 1))
        {
            problems.Add(UiText.Format("Row {0}: zone {1} is given more than one unit.", mixed.First(r => r.Unit != mixed.First().Unit).Line, mixed.Key));
        }
        var missing = stations.Where(s => !rows.Any(r => r.Unit == s.Unit && r.Station == s.Number)).ToList();
        if (missing.Count > 0 && problems.Count == 0)
        {
            problems.Add(UiText.Format("{0} polling station(s) are in no sector: {1}.", missing.Count, string.Join(", ", missing.Take(10).Select(s => $"{s.Unit} {s.Number}")) + (missing.Count > 10 ? ", …" : "")));
        }
        if (problems.Count > 0)
        {
            throw new SectorFileRejectedException(problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await SectorService.ClearAsync(db, election.Id, ct);
        var zones = new Dictionary<string, Zone>(StringComparer.Ordinal);
        foreach (var unit in rows.GroupBy(r => r.Unit))
        {
            var unitId = byKey[(unit.Key, unit.First().Station)].ConstituencyUnitId;
            foreach (var (code, i) in unit.Select(r => r.Zone).Distinct().Order(StringComparer.Ordinal).Select((c, i) => (c, i)))
            {
                // English: the zone's default name, stored as data the Admin may rename
                zones[code] = new Zone { ElectionId = election.Id, ConstituencyUnitId = unitId, Number = i + 1, Code = code, Name = $"Zone {i + 1}" };
            }
            foreach (var (sector, i) in unit.GroupBy(r => r.Sector).OrderBy(g => g.Key, StringComparer.Ordinal).Select((g, i) => (g, i)))
            {
                var route = sector.OrderBy(r => r.RouteOrder).ThenBy(r => r.Station).Select(r => byKey[(r.Unit, r.Station)]).ToList();
                var located = route.All(s => s.Latitude is not null && s.Longitude is not null);
                // English: the sector's default name, stored as data the Admin may rename
                db.Add(new Sector
                {
                    ElectionId = election.Id,
                    ConstituencyUnitId = unitId,
                    Zone = zones[sector.First().Zone],
                    Number = i + 1,
                    Code = sector.Key,
                    Name = $"Sector {i + 1}",
                    NoLocation = !located,
                    RouteKm = located ? Math.Round(Geo.RouteKm(route.Select(s => new GeoPoint(s.Latitude!.Value, s.Longitude!.Value)).ToList()), 2) : 0,
                    Stations = route.Select((s, n) => new SectorStation { ElectionId = election.Id, PollingStationId = s.Id, RouteOrder = n + 1 }).ToList(),
                });
            }
        }
        var sectors = rows.Select(r => r.Sector).Distinct().Count();
        AuditLog.Record(db, await currentUser.GetNameAsync(), "SectorsImported", nameof(Sector), election.Id.ToString(), after: new { Rows = rows.Count, Sectors = sectors, Zones = zones.Count });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return sectors;
    }

    private sealed record Row(int Line, string Unit, string Sector, string Zone, int Station, int RouteOrder);

    private static List<Row> Read(Stream csv, IReadOnlySet<string> units, out List<string> problems)
    {
        problems = [];
        var rows = new List<Row>();
        using var reader = new StreamReader(csv, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, MissingFieldFound = null, BadDataFound = null });
        if (!parser.Read() || !parser.ReadHeader() || !Header.SequenceEqual(parser.HeaderRecord ?? [], StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(UiText.Format("Row 1: the header must be {0}.", string.Join(",", Header)));
            return rows;
        }
        while (parser.Read())
        {
            var line = parser.Parser.Row;
            string Cell(int i) => parser.GetField(i) ?? "";
            var (unit, sector, zone) = (Cell(0), Cell(1), Cell(2));
            var stationOk = int.TryParse(Cell(3), NumberStyles.None, CultureInfo.InvariantCulture, out var station) && station > 0;
            var orderOk = int.TryParse(Cell(4), NumberStyles.None, CultureInfo.InvariantCulture, out var order) && order > 0;
            var wrong = new (bool Bad, string Why)[]
            {
                (!units.Contains(unit), unit.Length == 0 ? UiText.Of("Unit is empty") : UiText.Format("unit {0} is not a unit of this election", unit)),
                (sector.Length is 0 or > 40, UiText.Of("Sector must be 1 to 40 characters")),
                (zone.Length is 0 or > 40, UiText.Of("Zone must be 1 to 40 characters")),
                (!stationOk, UiText.Format("StationNumber '{0}' is not a station number", Cell(3))),
                (!orderOk, UiText.Format("RouteOrder '{0}' is not a whole number from 1", Cell(4))),
            }.Where(x => x.Bad).Select(x => x.Why).ToList();
            if (wrong.Count > 0)
            {
                problems.Add(UiText.Format("Row {0}: {1}.", line, string.Join("; ", wrong)));
                continue;
            }
            rows.Add(new Row(line, unit, sector, zone, station, order));
        }
        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(UiText.Of("The file has no rows under the header."));
        }
        return rows;
    }
}
