using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Employees;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duplicates;

public sealed record DuplicatePerson(int Id, string Name, string FatherOrHusbandName, DateOnly DateOfBirth, string Epic, string Mobile,
    string Designation, string OfficeCode, string OfficeName, bool OfficeFinalized);

public sealed record DuplicatePair(int FlagId, double Score, DateTimeOffset FlaggedAt, DuplicatePerson First, DuplicatePerson Second);

/// <summary>Likely duplicates for the Admin: keep both (different people), merge into one, or delete one record.</summary>
public sealed class DuplicateService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, StaffListNotifier notifier, TimeProvider clock)
{
    public async Task<PageResult<DuplicatePair>> ListOpenAsync(PageRequest request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.DuplicateFlags.AsNoTracking().Where(f => f.Status == DuplicateStatus.Open);
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(request.PageSize, 1, 100);
        var rows = await query.OrderByDescending(f => f.Score).ThenBy(f => f.Id).Skip(request.Page * size).Take(size)
            .Select(f => new DuplicatePair(f.Id, f.Score, f.FlaggedAt,
                new DuplicatePerson(f.Employee!.Id, f.Employee.Name, f.Employee.FatherOrHusbandName, f.Employee.DateOfBirth, f.Employee.Epic,
                    f.Employee.Mobile, f.Employee.Designation, f.Employee.Office!.Code, f.Employee.Office.Name, f.Employee.Office.ListState == StaffListState.Finalized),
                new DuplicatePerson(f.OtherEmployee!.Id, f.OtherEmployee.Name, f.OtherEmployee.FatherOrHusbandName, f.OtherEmployee.DateOfBirth,
                    f.OtherEmployee.Epic, f.OtherEmployee.Mobile, f.OtherEmployee.Designation, f.OtherEmployee.Office!.Code, f.OtherEmployee.Office.Name,
                    f.OtherEmployee.Office.ListState == StaffListState.Finalized)))
            .ToListAsync(ct);
        return new PageResult<DuplicatePair>(rows, total);
    }

    public Task<string?> KeepBothAsync(int flagId, CancellationToken ct) => ResolveAsync(flagId, null, merge: false, ct);

    /// <summary>Keeps one record, fills its empty optional details from the other, and deletes the other.</summary>
    public Task<string?> MergeAsync(int flagId, int keepEmployeeId, CancellationToken ct) => ResolveAsync(flagId, keepEmployeeId, merge: true, ct);

    /// <summary>Deletes one of the two records as entered in error; the other stays unchanged.</summary>
    public Task<string?> DeleteOneAsync(int flagId, int keepEmployeeId, CancellationToken ct) => ResolveAsync(flagId, keepEmployeeId, merge: false, ct);

    private async Task<string?> ResolveAsync(int flagId, int? keepId, bool merge, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var flag = await db.DuplicateFlags.Include(f => f.Employee).ThenInclude(e => e!.Office)
            .Include(f => f.OtherEmployee).ThenInclude(e => e!.Office).FirstOrDefaultAsync(f => f.Id == flagId, ct);
        if (flag is null || flag.Status != DuplicateStatus.Open)
        {
            return UiText.Of("This pair has already been resolved.");
        }
        var actor = await currentUser.GetNameAsync();
        flag.ResolvedBy = actor;
        flag.ResolvedAt = clock.GetUtcNow();
        if (keepId is null)
        {
            flag.Status = DuplicateStatus.KeptBoth;
            AuditLog.Record(db, actor, "Keep both", "Duplicate", $"{flag.Employee!.Epic}+{flag.OtherEmployee!.Epic}");
            await db.SaveChangesAsync(ct);
            return null;
        }
        var (keep, drop) = flag.EmployeeId == keepId ? (flag.Employee!, flag.OtherEmployee!) : (flag.OtherEmployee!, flag.Employee!);
        if (keep.Id != keepId)
        {
            return UiText.Of("Choose one of the two records to keep.");
        }
        if ((drop.Office!.LockedReason ?? (merge ? keep.Office!.LockedReason : null)) is { } locked)
        {
            return locked;
        }
        if (merge)
        {
            var before = ValidEmployee.From(keep);
            keep.Email ??= drop.Email;
            keep.EmployeeCode ??= drop.EmployeeCode;
            keep.DateOfJoining ??= drop.DateOfJoining;
            keep.BankAccount ??= drop.BankAccount;
            keep.Ifsc ??= drop.Ifsc;
            keep.ResidenceUnitId ??= drop.ResidenceUnitId;
            keep.HomeUnitId ??= drop.HomeUnitId;
            keep.SpouseEpic ??= drop.SpouseEpic;
            keep.Office!.Version++;
            AuditLog.Record(db, actor, "Merge", "Employee", $"{keep.Office.Code}/{keep.Epic}", before, ValidEmployee.From(keep));
        }
        flag.Status = merge ? DuplicateStatus.Merged : DuplicateStatus.Deleted;
        AuditLog.Record(db, actor, merge ? "Delete (merged)" : "Delete (duplicate)", "Employee", $"{drop.Office.Code}/{drop.Epic}", ValidEmployee.From(drop));
        drop.Office.Version++;
        var dropOffice = (drop.OfficeId, drop.Office.DepartmentId);
        // The flag cascades with the deleted record, so the decision lives on in the audit log.
        db.Employees.Remove(drop);
        await db.SaveChangesAsync(ct);
        notifier.Publish(new StaffListChange(dropOffice.OfficeId, dropOffice.DepartmentId, StaffChangeKind.RowsDeleted, 1, clock.GetUtcNow()));
        return null;
    }
}
