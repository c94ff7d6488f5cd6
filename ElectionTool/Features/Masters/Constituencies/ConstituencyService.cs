using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Masters.Constituencies;

/// <summary>Assembly constituencies; the code (AC-071) is derived from the number, so the number is the key.</summary>
public sealed class ConstituencyService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
    : IMasterCsvFormat<ConstituencyInput>
{
    public async Task<PageResult<ConstituencyRow>> ListAsync(PageRequest request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.ConstituencyUnits.AsNoTracking().Where(u => u.Kind == UnitKind.AssemblyConstituency);
        if (request.SearchTerm is { } term)
        {
            var pattern = SearchPattern.Contains(term);
            query = query.Where(u => EF.Functions.Like(u.Code.ToLower(), pattern, SearchPattern.Escape) || EF.Functions.Like(u.Name.ToLower(), pattern, SearchPattern.Escape));
        }
        return await query.ToPageAsync(request, new Dictionary<string, System.Linq.Expressions.Expression<Func<ConstituencyUnit, object?>>>
        {
            ["Number"] = u => u.Number,
            ["Code"] = u => u.Number,
            ["Name"] = u => u.Name,
        }, u => new ConstituencyRow(u.Id, u.Code, u.Number, u.Name,
            db.PollingStations.Count(s => s.ConstituencyUnitId == u.Id),
            db.Offices.Count(o => o.ConstituencyUnitId == u.Id)), ct);
    }

    /// <summary>ACs and wards whose code or name contains the text, for the pickers of offices and stations.</summary>
    public async Task<IReadOnlyList<UnitOption>> FindUnitsAsync(string? text, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.ConstituencyUnits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim();
            var pattern = SearchPattern.Contains(term);
            query = query.Where(u => EF.Functions.Like(u.Code.ToLower(), pattern, SearchPattern.Escape) || EF.Functions.Like(u.Name.ToLower(), pattern, SearchPattern.Escape));
        }
        return await query.OrderBy(u => u.Kind).ThenBy(u => u.Code).Take(30).Select(u => new UnitOption(u.Code, u.Name)).ToListAsync(ct);
    }

    public async Task<ConstituencyInput?> GetAsync(int number, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = ConstituencyUnit.AcCode(number);
        return await db.ConstituencyUnits.AsNoTracking().Where(u => u.Code == code)
            .Select(u => new ConstituencyInput { Number = u.Number, Name = u.Name }).FirstOrDefaultAsync(ct);
    }

    public Task<SaveOutcome> SaveAsync(ConstituencyInput input, CancellationToken ct) => MasterSave.SaveAsync(this, dbFactory, currentUser, input, ct);

    /// <summary>Refused, with the reason, while polling stations or offices are in the constituency.</summary>
    public async Task<string?> DeleteAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.ConstituencyUnits.FirstOrDefaultAsync(u => u.Code == code && u.Kind == UnitKind.AssemblyConstituency, ct);
        if (unit is null)
        {
            return UiText.Format("Constituency {0} no longer exists.", code);
        }
        if (await UnitUsage.DescribeAsync(db, unit, ct) is { } refusal)
        {
            return refusal;
        }
        Upsert.Delete(db, unit, Snapshot, await currentUser.GetNameAsync(), "Constituency", code);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public string Title => UiText.Of("Assembly constituencies");
    public string FileName => "constituencies.csv";
    public IReadOnlyList<string> Headings { get; } = ["Number", "Name"]; // English: CSV column headings, read back by the importer
    public IReadOnlyList<string> ExampleRow { get; } = ["71", "Bhopal Uttar / भोपाल उत्तर"]; // English: the template's example row, data as the importer reads it

    // English: CSV column names, a data format (messages inside go through UiText)
    public ConstituencyInput Read(CsvRecord record, List<FieldError> errors) =>
        new() { Number = record.GetInt("Number", errors), Name = record.Get("Name") };

    public async Task<SaveOutcome> UpsertAsync(ElectionDbContext db, ConstituencyInput input, string actor, CancellationToken ct)
    {
        var code = ConstituencyUnit.AcCode(input.Number);
        var existing = await db.ConstituencyUnits.FirstOrDefaultAsync(u => u.Code == code, ct);
        return Upsert.Apply(db, existing, () => new ConstituencyUnit { Code = code, Kind = UnitKind.AssemblyConstituency, Number = input.Number, Name = "" },
            u => u.Name = input.Name.Trim(), Snapshot, actor, "Constituency", code);
    }

    private static ConstituencySnapshot Snapshot(ConstituencyUnit u) => new(u.Code, u.Number, u.Name);
}
