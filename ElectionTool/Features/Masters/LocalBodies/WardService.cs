using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Masters.LocalBodies;

/// <summary>Wards: constituency units of kind Ward, each belonging to one local body.</summary>
public sealed class WardService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
    : IMasterCsvFormat<WardInput>
{
    /// <summary>All wards of one local body (a Nagar Nigam has under a hundred), in number order.</summary>
    public async Task<IReadOnlyList<WardRow>> ListAsync(string localBodyCode, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ConstituencyUnits.AsNoTracking()
            .Where(u => u.Kind == UnitKind.Ward && u.LocalBody!.Code == localBodyCode)
            .OrderBy(u => u.Number)
            .Select(u => new WardRow(u.Id, u.Code, u.Number, u.Name,
                db.PollingStations.Count(s => s.ConstituencyUnitId == u.Id),
                db.Offices.Count(o => o.ConstituencyUnitId == u.Id)))
            .ToListAsync(ct);
    }

    public async Task<WardInput?> GetAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ConstituencyUnits.AsNoTracking().Where(u => u.Code == code && u.Kind == UnitKind.Ward)
            .Select(u => new WardInput { LocalBodyCode = u.LocalBody!.Code, Number = u.Number, Name = u.Name }).FirstOrDefaultAsync(ct);
    }

    public Task<SaveOutcome> SaveAsync(WardInput input, CancellationToken ct) => MasterSave.SaveAsync(this, dbFactory, currentUser, input, ct);

    /// <summary>Refused, with the reason, while polling stations or offices are in the ward.</summary>
    public async Task<string?> DeleteAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ward = await db.ConstituencyUnits.FirstOrDefaultAsync(u => u.Code == code && u.Kind == UnitKind.Ward, ct);
        if (ward is null)
        {
            return UiText.Format("Ward {0} no longer exists.", code);
        }
        if (await UnitUsage.DescribeAsync(db, ward, ct) is { } refusal)
        {
            return refusal;
        }
        Upsert.Delete(db, ward, Snapshot, await currentUser.GetNameAsync(), "Ward", code);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public string Title => UiText.Of("Wards");
    public string FileName => "wards.csv";
    public IReadOnlyList<string> Headings { get; } = ["LocalBodyCode", "Number", "Name"]; // English: CSV column headings, read back by the importer
    public IReadOnlyList<string> ExampleRow { get; } = ["BPL-NN", "7", "Shahjahanabad / शाहजहानाबाद"]; // English: the template's example row, data as the importer reads it

    // English: CSV column names, a data format (messages inside go through UiText)
    public WardInput Read(CsvRecord record, List<FieldError> errors) =>
        new() { LocalBodyCode = record.Get("LocalBodyCode"), Number = record.GetInt("Number", errors), Name = record.Get("Name") };

    public async Task<SaveOutcome> UpsertAsync(ElectionDbContext db, WardInput input, string actor, CancellationToken ct)
    {
        var bodyCode = MasterPatterns.NormalizeCode(input.LocalBodyCode);
        var bodyId = await db.LocalBodies.Where(b => b.Code == bodyCode).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
        if (bodyId is null)
        {
            return SaveOutcome.Rejected(new FieldError(nameof(WardInput.LocalBodyCode),
                UiText.Format("No local body with code '{0}'. Add it under Local bodies first.", input.LocalBodyCode)));
        }
        var code = ConstituencyUnit.WardCode(bodyCode, input.Number);
        var existing = await db.ConstituencyUnits.FirstOrDefaultAsync(u => u.Code == code, ct);
        if (existing is { Kind: not UnitKind.Ward })
        {
            return SaveOutcome.Rejected(new FieldError(nameof(WardInput.Number), UiText.Format("Code {0} is already used by another kind of unit.", code)));
        }
        return Upsert.Apply(db, existing, () => new ConstituencyUnit { Code = code, Kind = UnitKind.Ward, Number = input.Number, Name = "" }, u =>
        {
            u.Name = input.Name.Trim();
            u.LocalBodyId = bodyId;
        }, Snapshot, actor, "Ward", code); // English: the audit log's entity type, stored and read in English
    }

    private static WardSnapshot Snapshot(ConstituencyUnit u) => new(u.Code, u.Number, u.Name, u.LocalBodyId);
}
