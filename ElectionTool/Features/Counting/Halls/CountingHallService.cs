using System.Linq.Expressions;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Masters;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Counting.Halls;

/// <summary>
/// Counting halls of the current election, per constituency unit; keyed by unit and hall number. Halls are fixed once
/// the counting selection is accepted (it drew staff for exactly these tables).
/// </summary>
public sealed class CountingHallService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser) : IMasterCsvFormat<CountingHallInput>
{
    private static readonly Dictionary<string, Expression<Func<CountingHall, object?>>> SortColumns = new()
    {
        ["UnitCode"] = h => h.ConstituencyUnit!.Code + "/" + (h.Number + 100).ToString(),
        ["Centre"] = h => h.Centre,
        ["Name"] = h => h.Name,
        ["Tables"] = h => h.Tables,
    };

    public async Task<PageResult<CountingHallRow>> ListAsync(PageRequest request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        var query = db.Set<CountingHall>().AsNoTracking().Where(h => election != null && h.ElectionId == election.Id);
        if (request.SearchTerm is { } term)
        {
            var pattern = SearchPattern.Contains(term);
            query = query.Where(h => EF.Functions.Like(h.Name, pattern, SearchPattern.Escape) || EF.Functions.Like(h.Centre, pattern, SearchPattern.Escape)
                || EF.Functions.Like(h.ConstituencyUnit!.Code, pattern, SearchPattern.Escape));
        }
        return await query.ToPageAsync(request with { SortBy = request.SortBy ?? "UnitCode" }, SortColumns, h => new CountingHallRow(h.Id, h.ConstituencyUnit!.Code,
            h.ConstituencyUnit.Name, h.Number, h.Centre, h.Name, h.Tables, h.PostalBallotTables, h.ReturningOfficerTable), ct);
    }

    /// <summary>Halls, tables and staff needed per role (tables plus reserve), for the page's summary line.</summary>
    public async Task<(int Halls, int Tables)> TotalsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        var halls = await db.Set<CountingHall>().AsNoTracking().Where(h => election != null && h.ElectionId == election.Id)
            .Select(h => h.Tables + h.PostalBallotTables).ToListAsync(ct);
        return (halls.Count, halls.Sum());
    }

    public async Task<CountingHallInput?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<CountingHall>().AsNoTracking().Where(h => h.Id == id).Select(h => new CountingHallInput
        {
            UnitCode = h.ConstituencyUnit!.Code,
            Number = h.Number,
            Centre = h.Centre,
            Name = h.Name,
            Tables = h.Tables,
            PostalBallotTables = h.PostalBallotTables,
            ReturningOfficerTable = h.ReturningOfficerTable,
        }).FirstOrDefaultAsync(ct);
    }

    public Task<SaveOutcome> SaveAsync(CountingHallInput input, CancellationToken ct) => MasterSave.SaveAsync(this, dbFactory, currentUser, input, ct);

    public async Task<string?> DeleteAsync(int id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hall = await db.Set<CountingHall>().Include(h => h.ConstituencyUnit).FirstOrDefaultAsync(h => h.Id == id, ct);
        if (hall is null)
        {
            return UiText.Of("This counting hall no longer exists.");
        }
        if (await LockedAsync(db, hall.ElectionId, ct))
        {
            return UiText.Of(Locked);
        }
        Upsert.Delete(db, hall, Snapshot, await currentUser.GetNameAsync(), nameof(CountingHall), CountingHall.CodeOf(hall.ConstituencyUnit!.Code, hall.Number));
        await db.SaveChangesAsync(ct);
        return null;
    }

    public string Title => UiText.Of("Counting halls");
    public string FileName => "counting-halls.csv";
    public IReadOnlyList<string> Headings { get; } = ["UnitCode", "HallNumber", "Centre", "HallName", "Tables", "PostalBallotTables", "ReturningOfficerTable"]; // English: the CSV file's column headers, read back by the importer
    public IReadOnlyList<string> ExampleRow { get; } = ["AC-071", "1", "Govt. Polytechnic College / शासकीय पॉलिटेक्निक महाविद्यालय", "Hall 1", "14", "1", "Yes"]; // English: the CSV template's sample row, data read back by the importer

    // English: the CSV file's column headers
    public CountingHallInput Read(CsvRecord record, List<FieldError> errors) => new()
    {
        UnitCode = record.Get("UnitCode"),
        Number = record.GetInt("HallNumber", errors, whenEmpty: 1),
        Centre = record.Get("Centre"),
        Name = record.Get("HallName"),
        Tables = record.GetInt("Tables", errors, whenEmpty: 14),
        PostalBallotTables = record.GetInt("PostalBallotTables", errors),
        ReturningOfficerTable = record.Get("ReturningOfficerTable").Length == 0 || record.GetBool("ReturningOfficerTable", errors),
    };

    public async Task<SaveOutcome> UpsertAsync(ElectionDbContext db, CountingHallInput input, string actor, CancellationToken ct)
    {
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return SaveOutcome.Rejected(new FieldError("Election", UiText.Of("There is no current election. Add one on the Elections page first."))); // English: "Election" names the field
        }
        if (await LockedAsync(db, election.Id, ct))
        {
            return SaveOutcome.Rejected(new FieldError("Election", UiText.Of(Locked))); // English: "Election" names the field
        }
        var unitCode = MasterPatterns.NormalizeCode(input.UnitCode);
        var unitId = await db.ConstituencyUnits.Where(u => u.Code == unitCode && u.Kind == election.UnitKind).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (unitId is null)
        {
            return SaveOutcome.Rejected(new FieldError(nameof(CountingHallInput.UnitCode),
                election.UnitKind == UnitKind.AssemblyConstituency
                    ? UiText.Format("No constituency with code '{0}' in this election's units.", input.UnitCode)
                    : UiText.Format("No ward with code '{0}' in this election's units.", input.UnitCode)));
        }
        var existing = await db.Set<CountingHall>().FirstOrDefaultAsync(h => h.ElectionId == election.Id && h.ConstituencyUnitId == unitId && h.Number == input.Number, ct);
        return Upsert.Apply(db, existing, () => new CountingHall { ElectionId = election.Id, ConstituencyUnitId = unitId.Value, Number = input.Number, Centre = "", Name = "" }, h =>
        {
            h.Centre = input.Centre.Trim();
            h.Name = input.Name.Trim();
            h.Tables = input.Tables;
            h.PostalBallotTables = input.PostalBallotTables;
            h.ReturningOfficerTable = input.ReturningOfficerTable;
        }, h => Snapshot(h, unitCode), actor, nameof(CountingHall), CountingHall.CodeOf(unitCode, input.Number));
    }

    // English: a resource key, shown through UiText.Of(Locked)
    private const string Locked = "The counting selection is accepted for these halls; halls can no longer change.";

    internal static Task<bool> LockedAsync(ElectionDbContext db, int electionId, CancellationToken ct) =>
        db.Set<DrawRun>().AnyAsync(r => r.ElectionId == electionId && r.Stage == CountingStageNumbers.Selection && r.Status == DrawRunStatus.Accepted, ct);

    private static CountingHallSnapshot Snapshot(CountingHall h) => Snapshot(h, h.ConstituencyUnit?.Code ?? "");

    private static CountingHallSnapshot Snapshot(CountingHall h, string unitCode) =>
        new(h.ElectionId, unitCode, h.Number, h.Centre, h.Name, h.Tables, h.PostalBallotTables, h.ReturningOfficerTable);
}
