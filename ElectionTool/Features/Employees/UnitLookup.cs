using ElectionTool.Data;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Employees;

/// <summary>Constituency unit codes to ids (a few hundred rows; loaded once per batch).</summary>
public static class UnitLookup
{
    public static async Task<IReadOnlyDictionary<string, int>> LoadAsync(ElectionDbContext db, CancellationToken ct)
    {
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var (code, id) in CodesAndIds(db).WithCancellation(ct))
        {
            units[code.ToUpperInvariant()] = id;
        }
        return units;
    }

    // Compiled once: every grid save reads the units.
    private static readonly Func<ElectionDbContext, IAsyncEnumerable<(string Code, int Id)>> CodesAndIds =
        EF.CompileAsyncQuery((ElectionDbContext db) => db.ConstituencyUnits.AsNoTracking().Select(u => ValueTuple.Create(u.Code, u.Id)));

    public static async Task<IReadOnlyDictionary<int, string>> CodesAsync(ElectionDbContext db, CancellationToken ct) =>
        await db.ConstituencyUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
}
