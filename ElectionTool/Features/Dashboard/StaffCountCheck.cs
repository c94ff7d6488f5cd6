using ElectionTool.Data;
using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Dashboard;

/// <summary>One (department, facts) whose kept count differs from counting the employees.</summary>
public sealed record StaffCountDifference(int DepartmentId, int Facts, int Kept, int Counted);

/// <summary>
/// Checks that the trigger-kept <see cref="StaffCount"/> rows equal a full recount of the employees, and rebuilds
/// them when asked. The dashboard is only as right as this check.
/// </summary>
public sealed class StaffCountCheck(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public async Task<IReadOnlyList<StaffCountDifference>> FindDifferencesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One snapshot: both reads in one transaction, so a save in between cannot show as a difference.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var kept = await db.Set<StaffCount>().AsNoTracking().Where(c => c.Staff != 0)
            .ToDictionaryAsync(c => (c.DepartmentId, c.Facts), c => c.Staff, ct);
        var counted = await db.Database.SqlQueryRaw<Recounted>(StaffCountSql.Recount).ToListAsync(ct);
        var differences = counted
            .Where(c => kept.GetValueOrDefault((c.DepartmentId, c.Facts)) != c.Staff)
            .Select(c => new StaffCountDifference(c.DepartmentId, c.Facts, kept.GetValueOrDefault((c.DepartmentId, c.Facts)), c.Staff))
            .ToList();
        var countedKeys = counted.Select(c => (c.DepartmentId, c.Facts)).ToHashSet();
        differences.AddRange(kept.Where(k => !countedKeys.Contains(k.Key)).Select(k => new StaffCountDifference(k.Key.DepartmentId, k.Key.Facts, k.Value, 0)));
        return differences.OrderBy(d => d.DepartmentId).ThenBy(d => d.Facts).ToList();
    }

    /// <summary>Recounts from the employees in one transaction (after a failed check, or a restore from an old backup).</summary>
    public async Task RebuildAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(StaffCountSql.Rebuild, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Puts the triggers back (and recounts) when any is missing. SQLite drops a table's triggers when a later
    /// migration rebuilds the table (EF's way of altering a column), so the app checks at every start.
    /// </summary>
    public static async Task<bool> EnsureTriggersAsync(ElectionDbContext db, CancellationToken ct)
    {
        var engine = Data.Providers.DatabaseEngine.Of(db);
        var present = await db.Database.SqlQueryRaw<int>(engine.CountStaffTriggers).SingleAsync(ct);
        if (present == StaffCountSql.TriggerNames.Count)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(engine.ReinstallStaffTriggers, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Plain words for a packed facts value, for the check's report.</summary>
    public static string Describe(int facts) => string.Join(", ", new[]
    {
        (facts & StaffCountSql.Finalized) != 0 ? "finalized" : "not finalized",
        (facts & StaffCountSql.ExemptionApproved) != 0 ? "exempt" : null,
        (facts & StaffCountSql.Disability) != 0 ? "disability" : null,
        (facts & StaffCountSql.Contractual) != 0 ? "contractual" : null,
        (facts & StaffCountSql.Gazetted) != 0 ? "gazetted" : null,
        $"{(Gender)(facts / StaffCountSql.GenderUnit % 4)}",
        $"group {(ServiceGroup)(facts / StaffCountSql.ServiceGroupUnit % 8)}",
        $"level {facts / StaffCountSql.PayLevelUnit}",
    }.Where(x => x is not null));

    private sealed record Recounted(int DepartmentId, int Facts, int Staff);
}
