using ElectionTool.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ElectionTool.Features.Employees;

/// <summary>Constituency unit codes to ids (a few hundred rows; loaded once per batch).</summary>
public static class UnitLookup
{
    /// <summary>
    /// Every unit's code (upper case) and id. Every grid save reads them, so this is one plain command on the context's
    /// connection (and its transaction, if any) rather than an EF query that would materialize each unit.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, int>> LoadAsync(ElectionDbContext db, CancellationToken ct)
    {
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = "SELECT \"Code\", \"Id\" FROM \"ConstituencyUnits\"";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                units.Add(reader.GetString(0).ToUpperInvariant(), reader.GetInt32(1));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return units;
    }

    public static async Task<IReadOnlyDictionary<int, string>> CodesAsync(ElectionDbContext db, CancellationToken ct) =>
        await db.ConstituencyUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
}
