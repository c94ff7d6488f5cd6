using ElectionTool.Data;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Auditing;

/// <summary>
/// Sign-in and account-security events (failed sign-ins, lockouts, password and two-factor changes, views of
/// printed personal data): each written at once in its own unit of work, since there is no change to join.
/// </summary>
public sealed class AccountAudit(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public const string EntityType = "Account";

    public async Task RecordAsync(string userName, string action, string entityKey, object? after = null, string entityType = EntityType)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        AuditLog.Record(db, userName, action, entityType, entityKey, null, after);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
