using System.Security.Claims;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Dashboard;
using ElectionTool.Hosting;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.PendingOffices;

public sealed record OfficeReminderView(DateTimeOffset At, string ByUser, string Message);

/// <summary>
/// Nodal officers (and the Admin) remind pending offices of their departments. The office sees the reminder on
/// its screen; the pending list shows who last reminded whom, so nobody chases an office twice in an hour.
/// </summary>
public sealed class OfficeReminderService(IDbContextFactory<ElectionDbContext> dbFactory, DashboardScopeResolver scopes, DistrictClock clock, OfficeReminders reminders)
{
    public const int MaxMessageLength = 500;

    public string DefaultMessage(DateTimeOffset? deadline) => deadline is { } d
        ? UiText.Format("Please complete your office's staff list, match it to the declared strength and finalize it before {0} {1}. Print the certified copy and submit it to the election office.",
            clock.Clock(d), clock.ZoneLabel)
        : UiText.Of("Please complete your office's staff list, match it to the declared strength and finalize it as soon as possible. Print the certified copy and submit it to the election office.");

    public static bool MayRemind(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.NodalOfficer);

    /// <summary>Null when recorded; otherwise why not. The office must be pending and in the user's departments.</summary>
    public async Task<string?> RemindAsync(ClaimsPrincipal user, int officeId, string message, CancellationToken ct)
    {
        if (!MayRemind(user))
        {
            return UiText.Of("Only nodal officers and the Admin remind offices.");
        }
        var text = message.Trim();
        if (text.Length is 0 or > MaxMessageLength)
        {
            return UiText.Format("Write a reminder of 1 to {0} characters.", MaxMessageLength);
        }
        var scope = await scopes.ResolveAsync(user, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var office = await scope.Offices(db).FirstOrDefaultAsync(o => o.Id == officeId, ct);
        if (office is null)
        {
            return UiText.Of("This office is not in your departments.");
        }
        if (office.ListState == StaffListState.Finalized)
        {
            return UiText.Format("{0} has already finalized its list.", office.Name);
        }
        var by = user.Identity?.Name ?? "unknown";
        db.OfficeReminders.Add(new OfficeReminder { OfficeId = officeId, At = clock.UtcNow, ByUser = by, Message = text });
        AuditLog.Record(db, by, "Remind", "Office", office.Code, null, new { Message = text });
        await db.SaveChangesAsync(ct);
        reminders.Publish(new OfficeReminded(officeId));
        return null;
    }

    public async Task<OfficeReminderView?> LatestAsync(int officeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.OfficeReminders.AsNoTracking().Where(r => r.OfficeId == officeId).OrderByDescending(r => r.Id)
            .Select(r => new OfficeReminderView(r.At, r.ByUser, r.Message)).FirstOrDefaultAsync(ct);
    }
}
