using ElectionTool.Data;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Employees;

/// <summary>Constituency unit codes to ids (a few hundred rows; loaded once per batch).</summary>
public static class UnitLookup
{
    public static async Task<IReadOnlyDictionary<string, int>> LoadAsync(ElectionDbContext db, CancellationToken ct) =>
        await db.ConstituencyUnits.AsNoTracking().ToDictionaryAsync(u => u.Code.ToUpperInvariant(), u => u.Id, ct);

    public static async Task<IReadOnlyDictionary<int, string>> CodesAsync(ElectionDbContext db, CancellationToken ct) =>
        await db.ConstituencyUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
}
