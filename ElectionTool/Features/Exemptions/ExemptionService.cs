using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Employees;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Exemptions;

/// <summary>An office asks for a person to be exempted; the Admin approves or rejects. The person stays on the list, marked.</summary>
public sealed class ExemptionService(
    IDbContextFactory<ElectionDbContext> dbFactory,
    CurrentUser currentUser,
    StaffListNotifier notifier,
    TimeProvider clock)
{
    /// <summary>Returns null when recorded, else why not. Refused on a finalized list, like any other change to it.</summary>
    public async Task<string?> RequestAsync(int officeId, int employeeId, ExemptionReason reason, string? note, CancellationToken ct)
    {
        if (note?.Trim().Length > EmployeeLimits.ExemptionNote)
        {
            return UiText.Format("The note is longer than {0} characters.", EmployeeLimits.ExemptionNote);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var employee = await db.Employees.Include(e => e.Office).FirstOrDefaultAsync(e => e.Id == employeeId && e.OfficeId == officeId, ct);
        if (employee?.Office is not { } office)
        {
            return UiText.Of("This person is no longer on the office's list.");
        }
        if (office.LockedReason is { } locked)
        {
            return locked;
        }
        if (employee.ExemptionStatus == ExemptionStatus.Approved)
        {
            return UiText.Format("{0} is already exempted.", employee.Name);
        }
        var before = Snapshot(employee);
        employee.ExemptionStatus = ExemptionStatus.Requested;
        employee.ExemptionReason = reason;
        employee.ExemptionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        employee.ExemptionDecisionRemark = null;
        employee.UpdatedAt = clock.GetUtcNow();
        // A request racing a finalize must make one of them fail, as a row save does.
        office.Version++;
        office.LastActivityAt = clock.GetUtcNow();
        AuditLog.Record(db, await currentUser.GetNameAsync(), "Request exemption", "Employee", $"{office.Code}/{employee.Epic}", before, Snapshot(employee));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return UiText.Of("The office's list changed at the same moment (finalized?). Reload and try again.");
        }
        notifier.Publish(new StaffListChange(officeId, office.DepartmentId, StaffChangeKind.RowsSaved, 1, clock.GetUtcNow()));
        return null;
    }

    /// <summary>Admin only (the page checks the role): approve or reject a requested exemption, with a remark.</summary>
    public async Task<string?> DecideAsync(int employeeId, bool approve, string? remark, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var employee = await db.Employees.Include(e => e.Office).FirstOrDefaultAsync(e => e.Id == employeeId, ct);
        if (employee?.Office is not { } office)
        {
            return UiText.Of("This person no longer exists.");
        }
        if (employee.ExemptionStatus != ExemptionStatus.Requested)
        {
            return UiText.Format("No exemption is pending for {0}.", employee.Name);
        }
        if (remark?.Trim().Length > EmployeeLimits.ExemptionNote)
        {
            return UiText.Format("The remark is longer than {0} characters.", EmployeeLimits.ExemptionNote);
        }
        if (!approve && string.IsNullOrWhiteSpace(remark))
        {
            return UiText.Of("Give a remark saying why the exemption is rejected.");
        }
        var before = Snapshot(employee);
        employee.ExemptionStatus = approve ? ExemptionStatus.Approved : ExemptionStatus.Rejected;
        employee.ExemptionDecisionRemark = string.IsNullOrWhiteSpace(remark) ? null : remark.Trim();
        employee.UpdatedAt = clock.GetUtcNow();
        AuditLog.Record(db, await currentUser.GetNameAsync(), approve ? "Approve exemption" : "Reject exemption", "Employee",
            $"{office.Code}/{employee.Epic}", before, Snapshot(employee));
        await db.SaveChangesAsync(ct);
        notifier.Publish(new StaffListChange(office.Id, office.DepartmentId, StaffChangeKind.RowsSaved, 1, clock.GetUtcNow()));
        return null;
    }

    // Enum names, not numbers: the audit log is read by people.
    private static object Snapshot(Employee e) => new
    {
        ExemptionStatus = e.ExemptionStatus.ToString(),
        ExemptionReason = e.ExemptionReason?.ToString(),
        e.ExemptionNote,
        e.ExemptionDecisionRemark,
    };
}
