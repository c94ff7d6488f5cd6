using ElectionTool.Data.Entities;
using ElectionTool.Data.Providers;
using ElectionTool.Features.Auditing;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Employees;

public sealed partial class StaffWriter
{
    /// <summary>
    /// Deletes one person from this office's list in one transaction: the row, its audit entry, the office's version,
    /// and the list back to "not started" when it was the last. Null when deleted, else why not.
    /// </summary>
    public async Task<string?> DeleteAsync(int employeeId, CancellationToken ct)
    {
        if (LockedReason is { } locked)
        {
            return locked;
        }
        var employee = await _db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employeeId && e.OfficeId == _office.Id, ct);
        if (employee is null)
        {
            return UiText.Of("This person is no longer on the list.");
        }
        var queue = StaffWriteQueue.For(_db);
        string? refusal;
        try
        {
            refusal = await queue.RunAsync((session, c) => DeleteRowAsync(session, employee, c), ct);
        }
        catch (OfficeLockedException)
        {
            return Office.LockedMessage(_office.Name, _office.Code);
        }
        if (refusal is null)
        {
            _context.Notifier.Publish(new StaffListChange(_office.Id, _office.DepartmentId, StaffChangeKind.RowsDeleted, 1, _context.Clock.UtcNow));
        }
        return refusal;
    }

    private async Task<string?> DeleteRowAsync(StaffWriteSession session, Employee employee, CancellationToken ct)
    {
        var model = _db.Model;
        var now = _context.Clock.UtcNow;
        if (!await StaffWriteStatements.LockOfficeAsync(session, _office.Id, ct))
        {
            throw new OfficeLockedException();
        }
        await using (var delete = session.Command("DELETE FROM \"Employees\" WHERE \"Id\" = @id AND \"OfficeId\" = @office"))
        {
            delete.AddParameter("@id", employee.Id);
            delete.AddParameter("@office", _office.Id);
            if (await delete.ExecuteNonQueryAsync(ct) == 0)
            {
                return UiText.Of("This person is no longer on the list.");
            }
        }
        if (!await StaffWriteStatements.ClaimOfficeAsync(session, model, _office.Id, now, ct))
        {
            throw new OfficeLockedException();
        }
        await using (var restart = session.Command(
            "UPDATE \"Offices\" SET \"ListState\" = @notStarted WHERE \"Id\" = @office AND NOT EXISTS (SELECT 1 FROM \"Employees\" WHERE \"OfficeId\" = @office)"))
        {
            restart.AddParameter("@notStarted", (int)StaffListState.NotStarted);
            restart.AddParameter("@office", _office.Id);
            await restart.ExecuteNonQueryAsync(ct);
        }
        // English: audit action codes, stored and read in English like the whole audit log
        await StaffWriteStatements.AuditAsync(session, model, _context.Actor, "Delete", $"{_office.Code}/{employee.Epic}",
            AuditLog.Snapshot(ValidEmployee.From(employee)), null, now, ct);
        return null;
    }
}
