using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Employees;

/// <summary>The final outcome of one staged row, with the tag the caller gave it (an import's row number).</summary>
public sealed record StagedOutcome(int Tag, RowOutcome Outcome);

public sealed partial class StaffWriter
{
    private sealed record StagedRow(int Tag, Employee Employee, ValidEmployee? Before, ValidEmployee After);

    private sealed class OfficeLockedException : Exception;

    /// <summary>Rows staged so far (created or changed), before saving.</summary>
    public int StagedCount => _staged.Count;

    /// <summary>
    /// Writes every staged row in one transaction: the rows (prepared statements), one audit entry holding each
    /// row's before and after, the office's version (so a finalize that raced with this save fails instead of
    /// certifying a list it did not see), and the near-duplicate flags. A row that another office entered meanwhile
    /// (a UNIQUE clash at write time) is rejected on its own; the rest still save. Then one change is published.
    /// </summary>
    public async Task<IReadOnlyList<StagedOutcome>> SaveAsync(CancellationToken ct)
    {
        if (_staged.Count == 0)
        {
            return [];
        }
        var queue = StaffWriteQueue.For(_db);
        IReadOnlyList<StagedOutcome> outcomes;
        try
        {
            outcomes = await queue.RunAsync(WriteAsync, ct);
        }
        catch (OfficeLockedException)
        {
            var locked = Office.LockedMessage(_office.Name, _office.Code);
            return [.. _staged.Select(s => new StagedOutcome(s.Tag, RowOutcome.Rejected("", locked)))];
        }
        var saved = outcomes.Count(o => o.Outcome.Succeeded);
        if (saved > 0)
        {
            // The one place a staff write tells open screens (dashboards, pending lists) that the list changed.
            _context.Notifier.Publish(new StaffListChange(_office.Id, _office.DepartmentId, StaffChangeKind.RowsSaved, saved, _context.Clock.UtcNow));
        }
        return outcomes;
    }

    private async Task<IReadOnlyList<StagedOutcome>> WriteAsync(StaffWriteSession session, CancellationToken ct)
    {
        var model = _db.Model;
        var now = _context.Clock.UtcNow;
        var outcomes = new List<StagedOutcome>(_staged.Count);
        var written = new List<StagedRow>(_staged.Count);
        var store = session.Shared(s => new StaffRowStore(s, model));
        if (!await StaffWriteStatements.LockOfficeAsync(session, _office.Id, ct))
        {
            throw new OfficeLockedException();
        }
        foreach (var staged in _staged)
        {
            outcomes.Add(new StagedOutcome(staged.Tag, await WriteRowAsync(session, store, staged, ct)));
            if (outcomes[^1].Outcome.Succeeded)
            {
                written.Add(staged);
            }
        }
        if (written.Count == 0)
        {
            return outcomes;
        }
        if (!await StaffWriteStatements.ClaimOfficeAsync(session, model, _office.Id, now, ct))
        {
            // Finalized since the rows were checked: undo them (the queue rolls back this write's savepoint).
            throw new OfficeLockedException();
        }
        await AuditAsync(session, model, written, now, ct);
        var namesChanged = written.Where(w => w.Before is null || w.Before.Name != w.After.Name
                || w.Before.FatherOrHusbandName != w.After.FatherOrHusbandName || w.Before.DateOfBirth != w.After.DateOfBirth)
            .Select(w => new DuplicateFinder.Person(w.Employee.Id, w.Employee.DateOfBirth, w.Employee.NameKey, w.Employee.FatherKey)).ToList();
        await DuplicateFinder.FlagAsync(session, model, namesChanged, now, ct);
        return outcomes;
    }

    private async Task<RowOutcome> WriteRowAsync(StaffWriteSession session, StaffRowStore store, StagedRow staged, CancellationToken ct)
    {
        try
        {
            if (staged.Before is null)
            {
                staged.Employee.Id = await session.StatementAsync(() => store.InsertAsync(staged.Employee, ct), ct);
                return new RowOutcome(SaveKind.Created, staged.Employee.Id, []);
            }
            return await session.StatementAsync(() => store.UpdateAsync(staged.Employee, ct), ct)
                ? new RowOutcome(SaveKind.Updated, staged.Employee.Id, [])
                : RowOutcome.Rejected("", UiText.Of("This person is no longer on the office's list (deleted meanwhile?). Reload the page."));
        }
        catch (Exception e) when (session.Engine.IsUniqueClash(e))
        {
            // Entered meanwhile by someone else (another import or a grid save): only this statement was undone.
            var holder = await StaffWriteStatements.HolderAsync(session, staged.Employee.Epic, staged.Employee.Mobile, ct);
            if (holder is null)
            {
                throw;
            }
            var (column, what) = holder.Epic == staged.Employee.Epic ? ("EPIC", UiText.Format("EPIC {0}", staged.Employee.Epic)) : ("Mobile", UiText.Format("Mobile {0}", staged.Employee.Mobile)); // English: the column's key, a data format
            return RowOutcome.Rejected(column, Held(what, holder));
        }
    }

    /// <summary>
    /// One entry per save. A single row keeps the familiar Create/Update entry; a batch gets one "Import" entry whose
    /// After holds every row's key, action, before and after, so the log stays complete without a row per person.
    /// </summary>
    private async Task AuditAsync(StaffWriteSession session, Microsoft.EntityFrameworkCore.Metadata.IModel model, List<StagedRow> written, DateTimeOffset now, CancellationToken ct)
    {
        if (written.Count == 1)
        {
            var row = written[0];
            // English: audit action codes, stored and read in English like the whole audit log
            await StaffWriteStatements.AuditAsync(session, model, _context.Actor, row.Before is null ? "Create" : "Update",
                $"{_office.Code}/{row.After.Epic}", AuditLog.Snapshot(row.Before), AuditLog.Snapshot(row.After), now, ct);
            return;
        }
        var rows = written.Select(w => new BatchAuditRow(w.Before is null ? "Create" : "Update", $"{_office.Code}/{w.After.Epic}", w.Before, w.After)).ToList(); // English: audit action codes, stored and read in English like the whole audit log
        // English: audit action codes, stored and read in English like the whole audit log
        await StaffWriteStatements.AuditAsync(session, model, _context.Actor, "Import", _office.Code,
            null, AuditLog.Snapshot(new { Rows = rows.Count, Created = rows.Count(r => r.Action == "Create"), Changes = rows }), now, ct);
    }

    private sealed record BatchAuditRow(string Action, string Key, ValidEmployee? Before, ValidEmployee After);
}
