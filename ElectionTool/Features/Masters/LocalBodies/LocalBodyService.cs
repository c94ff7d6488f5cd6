using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Masters.LocalBodies;

/// <summary>Nagar Nigam, Nagar Palika, Janpad… — the bodies whose wards municipal and panchayat polls are run on.</summary>
public sealed class LocalBodyService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
    : IMasterCsvFormat<LocalBodyInput>
{
    public async Task<PageResult<LocalBodyRow>> ListAsync(PageRequest request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.LocalBodies.AsNoTracking();
        if (request.SearchTerm is { } term)
        {
            var pattern = SearchPattern.Contains(term);
            query = query.Where(b => EF.Functions.Like(b.Code.ToLower(), pattern, SearchPattern.Escape) || EF.Functions.Like(b.Name.ToLower(), pattern, SearchPattern.Escape));
        }
        return await query.ToPageAsync(request, new Dictionary<string, System.Linq.Expressions.Expression<Func<LocalBody, object?>>>
        {
            ["Code"] = b => b.Code,
            ["Name"] = b => b.Name,
            ["Kind"] = b => b.Kind,
            ["Wards"] = b => b.Wards.Count,
        }, b => new LocalBodyRow(b.Id, b.Code, b.Name, b.Kind, b.Wards.Count), ct);
    }

    public async Task<LocalBodyInput?> GetAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.LocalBodies.AsNoTracking().Where(b => b.Code == code)
            .Select(b => new LocalBodyInput { Code = b.Code, Name = b.Name, Kind = b.Kind }).FirstOrDefaultAsync(ct);
    }

    public Task<SaveOutcome> SaveAsync(LocalBodyInput input, CancellationToken ct) => MasterSave.SaveAsync(this, dbFactory, currentUser, input, ct);

    /// <summary>Refused, with the reason, while the local body has wards.</summary>
    public async Task<string?> DeleteAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var body = await db.LocalBodies.FirstOrDefaultAsync(b => b.Code == code, ct);
        if (body is null)
        {
            return UiText.Format("Local body {0} no longer exists.", code);
        }
        var wards = await db.ConstituencyUnits.CountAsync(u => u.LocalBodyId == body.Id, ct);
        if (wards > 0)
        {
            return UiText.Format("Local body {0} has {1} ward(s); delete them first.", code, wards);
        }
        Upsert.Delete(db, body, Snapshot, await currentUser.GetNameAsync(), "LocalBody", code);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public string Title => UiText.Of("local bodies");
    public string FileName => "local-bodies.csv";
    public IReadOnlyList<string> Headings { get; } = ["Code", "Name", "Kind"]; // English: CSV column headings, read back by the importer
    public IReadOnlyList<string> ExampleRow { get; } = ["BPL-NN", "Nagar Nigam Bhopal / नगर निगम भोपाल", "Nagar Nigam"]; // English: the template's example row, data as the importer reads it

    // English: CSV column names, a data format (messages inside go through UiText)
    public LocalBodyInput Read(CsvRecord record, List<FieldError> errors)
    {
        var input = new LocalBodyInput { Code = record.Get("Code"), Name = record.Get("Name") };
        if (EnumText.TryParse<LocalBodyKind>(record.Get("Kind"), out var kind))
        {
            input.Kind = kind;
        }
        else
        {
            errors.Add(new FieldError("Kind", UiText.Format("'{0}' is not one of: {1}.", record.Get("Kind"), EnumText.Choices<LocalBodyKind>())));
        }
        return input;
    }

    public async Task<SaveOutcome> UpsertAsync(ElectionDbContext db, LocalBodyInput input, string actor, CancellationToken ct)
    {
        var code = MasterPatterns.NormalizeCode(input.Code);
        var existing = await db.LocalBodies.FirstOrDefaultAsync(b => b.Code == code, ct);
        return Upsert.Apply(db, existing, () => new LocalBody { Code = code, Name = "" }, b =>
        {
            b.Name = input.Name.Trim();
            b.Kind = input.Kind;
        }, Snapshot, actor, "LocalBody", code); // English: the audit log's entity type, stored and read in English
    }

    private static LocalBodySnapshot Snapshot(LocalBody b) => new(b.Code, b.Name, b.Kind);
}
