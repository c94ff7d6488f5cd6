using System.Linq.Expressions;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Masters.Stations;

public sealed class PollingStationService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
    : IMasterCsvFormat<PollingStationInput>
{
    // Unit code then number in one sortable key (numbers padded by adding 10000), since a page sorts by one key.
    private static readonly Expression<Func<PollingStation, object?>> UnitThenNumber =
        s => s.ConstituencyUnit!.Code + "/" + (s.Number + 10000).ToString();

    private static readonly Dictionary<string, Expression<Func<PollingStation, object?>>> SortColumns = new()
    {
        ["UnitCode"] = UnitThenNumber,
        ["Number"] = s => s.Number,
        ["Name"] = s => s.Name,
        ["Location"] = s => s.Location,
        ["Electors"] = s => s.Electors,
        ["WomenManaged"] = s => s.WomenManaged,
        ["Sensitive"] = s => s.Sensitive,
    };

    public async Task<PageResult<PollingStationRow>> ListAsync(PageRequest request, string? unitCode, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.PollingStations.AsNoTracking();
        if (!string.IsNullOrEmpty(unitCode))
        {
            query = query.Where(s => s.ConstituencyUnit!.Code == unitCode);
        }
        if (request.SearchTerm is { } term)
        {
            var pattern = SearchPattern.Contains(term);
            query = query.Where(s => EF.Functions.Like(s.Name.ToLower(), pattern, SearchPattern.Escape) || EF.Functions.Like(s.Location.ToLower(), pattern, SearchPattern.Escape));
        }
        return await query.ToPageAsync(request, SortColumns, s => new PollingStationRow(s.Id, s.ConstituencyUnit!.Code, s.ConstituencyUnit.Name,
            s.Number, s.Name, s.Location, s.Electors, s.WomenManaged, s.Sensitive), ct);
    }

    public async Task<PollingStationInput?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.PollingStations.AsNoTracking().Where(s => s.Id == id).Select(s => new PollingStationInput
        {
            UnitCode = s.ConstituencyUnit!.Code,
            Number = s.Number,
            Name = s.Name,
            Location = s.Location,
            Electors = s.Electors,
            Latitude = s.Latitude,
            Longitude = s.Longitude,
            WomenManaged = s.WomenManaged,
            Sensitive = s.Sensitive,
        }).FirstOrDefaultAsync(ct);
    }

    public Task<SaveOutcome> SaveAsync(PollingStationInput input, CancellationToken ct) => MasterSave.SaveAsync(this, dbFactory, currentUser, input, ct);

    public async Task<string?> DeleteAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var station = await db.PollingStations.Include(s => s.ConstituencyUnit).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (station is null)
        {
            return UiText.Of("This polling station no longer exists.");
        }
        Upsert.Delete(db, station, Snapshot, await currentUser.GetNameAsync(), "PollingStation", Key(station.ConstituencyUnit!.Code, station.Number));
        await db.SaveChangesAsync(ct);
        return null;
    }

    public string Title => UiText.Of("Polling stations");
    public string FileName => "polling-stations.csv";

    public IReadOnlyList<string> Headings { get; } =
        ["UnitCode", "Number", "Name", "Location", "Electors", "Latitude", "Longitude", "WomenManaged", "Sensitive"]; // English: CSV column headings, read back by the importer

    public IReadOnlyList<string> ExampleRow { get; } =
        ["AC-071", "12", "Govt. Girls H.S. School, Room 1 / शासकीय कन्या उ.मा. विद्यालय, कक्ष 1", "Peer Gate, Bhopal", "1045", "23.2599", "77.4126", "Yes", "No"]; // English: the template's example row, data as the importer reads it

    // English: CSV column names, a data format (messages inside go through UiText)
    public PollingStationInput Read(CsvRecord record, List<FieldError> errors) => new()
    {
        UnitCode = record.Get("UnitCode"),
        Number = record.GetInt("Number", errors),
        Name = record.Get("Name"),
        Location = record.Get("Location"),
        Electors = record.GetInt("Electors", errors),
        Latitude = record.GetOptionalDouble("Latitude", errors),
        Longitude = record.GetOptionalDouble("Longitude", errors),
        WomenManaged = record.GetBool("WomenManaged", errors),
        Sensitive = record.GetBool("Sensitive", errors),
    };

    public async Task<SaveOutcome> UpsertAsync(ElectionDbContext db, PollingStationInput input, string actor, CancellationToken ct)
    {
        var unitCode = MasterPatterns.NormalizeCode(input.UnitCode);
        var unitId = await db.ConstituencyUnits.Where(u => u.Code == unitCode).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (unitId is null)
        {
            return SaveOutcome.Rejected(new FieldError(nameof(PollingStationInput.UnitCode),
                UiText.Format("No constituency unit with code '{0}' (an AC code like AC-071 or a ward code like BPL-NN-W07).", input.UnitCode)));
        }
        var existing = await db.PollingStations.FirstOrDefaultAsync(s => s.ConstituencyUnitId == unitId && s.Number == input.Number, ct);
        return Upsert.Apply(db, existing, () => new PollingStation { ConstituencyUnitId = unitId.Value, Number = input.Number, Name = "" }, s =>
        {
            s.Name = input.Name.Trim();
            s.Location = input.Location.Trim();
            s.Electors = input.Electors;
            s.Latitude = input.Latitude;
            s.Longitude = input.Longitude;
            s.WomenManaged = input.WomenManaged;
            s.Sensitive = input.Sensitive;
        }, s => Snapshot(s, unitCode), actor, "PollingStation", Key(unitCode, input.Number)); // English: the audit log's entity type, stored and read in English
    }

    private static string Key(string unitCode, int number) => $"{unitCode}/{number}";

    private static PollingStationSnapshot Snapshot(PollingStation s) => Snapshot(s, s.ConstituencyUnit?.Code ?? "");

    private static PollingStationSnapshot Snapshot(PollingStation s, string unitCode) => new(unitCode, s.Number, s.Name, s.Location, s.Electors,
        s.Latitude, s.Longitude, s.WomenManaged, s.Sensitive);
}
