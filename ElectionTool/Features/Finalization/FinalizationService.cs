using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Data.Providers;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Employees;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Finalization;

/// <summary>
/// Finalize (operator certifies the list; it locks) and reopen (Admin, with a reason). Both check the office's
/// version, so a finalize racing with a row save or another finalize fails cleanly instead of half-applying.
/// </summary>
public sealed class FinalizationService(
    IDbContextFactory<ElectionDbContext> dbFactory,
    CurrentUser currentUser,
    EmployeeService employees,
    StaffListNotifier notifier,
    TimeProvider clock)
{
    public async Task<OfficeListStatus?> GetStatusAsync(int officeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var office = await db.Offices.AsNoTracking().Include(o => o.Department).FirstOrDefaultAsync(o => o.Id == officeId, ct);
        if (office is null)
        {
            return null;
        }
        var counts = await db.Employees.AsNoTracking().Where(e => e.OfficeId == officeId)
            .GroupBy(e => e.Gender).Select(g => new { Gender = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(Gender g) => counts.FirstOrDefault(c => c.Gender == g)?.Count ?? 0;
        var entered = counts.Sum(c => c.Count);
        var invalid = await CountInvalidRowsAsync(db, officeId, ct);
        var requested = await db.Employees.CountAsync(e => e.OfficeId == officeId && e.ExemptionStatus == ExemptionStatus.Requested, ct);

        var blockers = new List<string>();
        if (office.DeclaredTotal == 0)
        {
            blockers.Add(UiText.Of("Declare the office's staff strength first."));
        }
        if (invalid > 0)
        {
            blockers.Add(UiText.Format("{0} row(s) invalid — correct them first.", invalid));
        }
        if (entered != office.DeclaredTotal || Count(Gender.Male) != office.DeclaredMale || Count(Gender.Female) != office.DeclaredFemale)
        {
            blockers.Add(UiText.Format("Entered {0} of {1} declared; men {2} of {3}; women {4} of {5}.", entered, office.DeclaredTotal, Count(Gender.Male), office.DeclaredMale, Count(Gender.Female), office.DeclaredFemale));
        }
        return new OfficeListStatus(office.Id, office.Code, office.Name, office.Department?.Name ?? "", office.HeadDesignation, office.ListState,
            office.DeclaredTotal, office.DeclaredMale, office.DeclaredFemale, entered, Count(Gender.Male), Count(Gender.Female),
            Count(Gender.ThirdGender), invalid, requested, office.FinalizedAt, office.FinalizedBy, office.Version,
            office.ListState == StaffListState.Finalized ? [] : blockers);
    }

    /// <summary>
    /// Rows saved earlier can become invalid later (the person crossed superannuation age, a unit was
    /// re-coded); the same validator decides.
    /// </summary>
    private async Task<int> CountInvalidRowsAsync(ElectionDbContext db, int officeId, CancellationToken ct)
    {
        var units = await UnitLookup.LoadAsync(db, ct);
        var codes = units.ToDictionary(u => u.Value, u => u.Key);
        var rows = await db.Employees.AsNoTracking().Where(e => e.OfficeId == officeId).ToListAsync(ct);
        return rows.Count(e => !EmployeeValidator.Validate(EmployeeFormat.ToInput(e, codes), units, employees.Today, employees.SuperannuationAge).IsValid);
    }

    public async Task<string?> SetDeclaredStrengthAsync(int officeId, DeclaredStrengthInput input, CancellationToken ct)
    {
        if (input.Total < 0 || input.Male < 0 || input.Female < 0 || input.Male + input.Female > input.Total)
        {
            return UiText.Of("Men and women together cannot exceed the total, and no figure can be negative.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var office = await db.Offices.FirstOrDefaultAsync(o => o.Id == officeId, ct);
        if (office is null)
        {
            return UiText.Of("This office no longer exists.");
        }
        if (office.LockedReason is { } locked)
        {
            return locked;
        }
        var before = new { office.DeclaredTotal, office.DeclaredMale, office.DeclaredFemale };
        (office.DeclaredTotal, office.DeclaredMale, office.DeclaredFemale) = (input.Total, input.Male, input.Female);
        office.Version++;
        AuditLog.Record(db, await currentUser.GetNameAsync(), "Declare strength", "Office", office.Code, before,
            new { office.DeclaredTotal, office.DeclaredMale, office.DeclaredFemale });
        await db.SaveChangesAsync(ct);
        notifier.Publish(new StaffListChange(officeId, office.DepartmentId, StaffChangeKind.DeclaredStrengthChanged, 0, clock.GetUtcNow()));
        return null;
    }

    /// <summary>Certifies and locks the list. Refused unless every blocker is cleared and the certificate is confirmed.</summary>
    public async Task<FinalizeResult> FinalizeAsync(int officeId, bool certificateConfirmed, CancellationToken ct)
    {
        if (!certificateConfirmed)
        {
            return new(false, UiText.Of("Confirm the certificate on behalf of the head of office to finalize."));
        }
        var status = await GetStatusAsync(officeId, ct);
        if (status is null)
        {
            return new(false, UiText.Of("This office no longer exists."));
        }
        if (status.State == StaffListState.Finalized)
        {
            return new(false, UiText.Format("The list of {0} is already finalized.", status.OfficeName));
        }
        if (status.Blockers.Count > 0)
        {
            return new(false, UiText.Format("Cannot finalize yet: {0}", string.Join(" ", status.Blockers)));
        }
        var actor = await currentUser.GetNameAsync();
        var now = clock.GetUtcNow();
        var (office, refusal) = await WriteOfficeAsync(officeId, async (db, office, c) =>
        {
            if (office.Version != status.Version)
            {
                return UiText.Of("The list changed while it was being checked. Review it and finalize again.");
            }
            office.ListState = StaffListState.Finalized;
            office.FinalizedAt = now;
            office.FinalizedBy = actor;
            office.LastActivityAt = now;
            office.Version++;
            db.ListEvents.Add(new ListEvent { OfficeId = officeId, Kind = ListEventKind.Finalized, At = now, UserName = actor, StaffCount = status.Entered });
            AuditLog.Record(db, actor, "Finalize", "Office", office.Code, null,
                new { status.Entered, Certificate = Certificate.In(Features.Language.AppCultures.English, office.HeadDesignation, office.Name, status.Entered) });
            try
            {
                await db.SaveChangesAsync(c);
            }
            catch (DbUpdateConcurrencyException)
            {
                return UiText.Of("Someone changed this office's list at the same moment. Review it and finalize again.");
            }
            return null;
        }, ct);
        if (office is null || refusal is not null)
        {
            return new(false, refusal ?? UiText.Of("This office no longer exists."));
        }
        notifier.Publish(new StaffListChange(officeId, office.DepartmentId, StaffChangeKind.Finalized, status.Entered, now));
        return new(true, UiText.Format("The list of {0} is finalized: {1} staff. Print the certified copy and submit it to the election office.", office.Name, status.Entered));
    }

    /// <summary>Admin only (the page and the CLI check the role): unlocks a finalized list, with a recorded reason.</summary>
    public async Task<FinalizeResult> ReopenAsync(int officeId, string reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 5)
        {
            return new(false, UiText.Of("Give the reason for reopening (at least 5 characters); it is recorded."));
        }
        var actor = await currentUser.GetNameAsync();
        var now = clock.GetUtcNow();
        var (office, refusal) = await WriteOfficeAsync(officeId, async (db, office, c) =>
        {
            if (office.ListState != StaffListState.Finalized)
            {
                return UiText.Format("The list of {0} is not finalized.", office.Name);
            }
            office.ListState = StaffListState.InProgress;
            office.FinalizedAt = null;
            office.FinalizedBy = null;
            office.LastActivityAt = now;
            office.Version++;
            db.ListEvents.Add(new ListEvent { OfficeId = officeId, Kind = ListEventKind.Reopened, At = now, UserName = actor, Reason = reason.Trim() });
            AuditLog.Record(db, actor, "Reopen", "Office", office.Code, null, new { Reason = reason.Trim() });
            try
            {
                await db.SaveChangesAsync(c);
            }
            catch (DbUpdateConcurrencyException)
            {
                return UiText.Of("The office changed at the same moment. Try again.");
            }
            return null;
        }, ct);
        if (office is null || refusal is not null)
        {
            return new(false, refusal ?? UiText.Of("This office no longer exists."));
        }
        notifier.Publish(new StaffListChange(officeId, office.DepartmentId, StaffChangeKind.Reopened, 0, now));
        return new(true, UiText.Format("The list of {0} is reopened for corrections.", office.Name));
    }

    /// <summary>
    /// Changes the office's list state in one transaction that takes the office row first, as a staff write does
    /// (see <see cref="StaffWriteStatements.LockOfficeAsync"/>), so a finalize and a save never wait on each other in a
    /// circle; if the database still undoes it for a conflict (PostgreSQL), it is run again on a fresh context.
    /// <paramref name="change"/> returns why the change is refused, or null once saved.
    /// </summary>
    private async Task<(Office? Office, string? Refusal)> WriteOfficeAsync(int officeId, Func<ElectionDbContext, Office, CancellationToken, Task<string?>> change, CancellationToken ct)
    {
        await using var probe = await dbFactory.CreateDbContextAsync(ct);
        return await DatabaseEngine.Of(probe).RetryOnConflictAsync(async c =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(c);
            var engine = DatabaseEngine.Of(db);
            await using var transaction = engine.Provider == DatabaseProvider.PostgreSQL ? await db.Database.BeginTransactionAsync(c) : null;
            // Not composed further: the locking clause must end the statement.
            var office = (await db.Offices.FromSqlRaw(LockedOfficeSql(engine), officeId).ToListAsync(c)).FirstOrDefault();
            if (office is null)
            {
                return ((Office?)null, (string?)null);
            }
            var refusal = await change(db, office, c);
            if (transaction is not null && refusal is null)
            {
                await transaction.CommitAsync(c);
            }
            return ((Office?)office, refusal);
        }, ct);
    }

    private static string LockedOfficeSql(DatabaseEngine engine) => "SELECT * FROM \"Offices\" WHERE \"Id\" = {0}" + engine.LockRowsClause;
}
