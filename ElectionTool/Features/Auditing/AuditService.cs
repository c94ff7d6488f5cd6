using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Auditing;

public sealed record AuditRow(long Id, DateTimeOffset At, string UserName, string Action, string EntityType, string EntityKey, string? Before, string? After);

/// <summary>Reads the audit log for the Admin, newest first, a page at a time.</summary>
public sealed class AuditService(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public async Task<PageResult<AuditRow>> ListAsync(PageRequest request, string? entityType, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (entityType is not null)
        {
            query = query.Where(a => a.EntityType == entityType);
        }
        if (request.SearchTerm is { } term)
        {
            query = query.Where(a => a.UserName.Contains(term) || a.EntityKey.Contains(term) || a.Action.Contains(term));
        }
        var byNewest = request with { SortBy = request.SortBy ?? "Id", Descending = request.SortBy is null || request.Descending };
        return await query.ToPageAsync(byNewest, new Dictionary<string, System.Linq.Expressions.Expression<Func<AuditEntry, object?>>>
        {
            ["Id"] = a => a.Id,
            ["At"] = a => a.Id,
            ["UserName"] = a => a.UserName,
            ["Action"] = a => a.Action,
            ["EntityType"] = a => a.EntityType,
        }, a => new AuditRow(a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityKey, a.Before, a.After), ct);
    }

    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
    }
}
