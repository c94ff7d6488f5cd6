using System.Linq.Expressions;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Hosting;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Employees;

/// <summary>Saves, corrects, deletes and lists staff rows; the grid, the import and the command line all come here.</summary>
public sealed class EmployeeService(
    IDbContextFactory<ElectionDbContext> dbFactory,
    CurrentUser currentUser,
    StaffListNotifier notifier,
    IOptions<ElectionDefaultsOptions> defaults,
    DistrictClock clock)
{
    /// <summary>The district's date (IST), whatever the server's own time zone.</summary>
    public DateOnly Today => clock.Today;
    public int SuperannuationAge => defaults.Value.SuperannuationAge;

    /// <summary>Opens a writer for a batch of rows on one office (an import uses this directly).</summary>
    public async Task<StaffWriter?> OpenWriterAsync(ElectionDbContext db, int officeId, CancellationToken ct)
    {
        var context = new StaffWriterContext(await currentUser.GetNameAsync(), await currentUser.SeesWholeDistrictAsync(), clock, SuperannuationAge, notifier);
        return await StaffWriter.OpenAsync(db, officeId, context, await UnitLookup.LoadAsync(db, ct), ct);
    }

    /// <summary>Saves one row from the grid; its id comes back in the outcome. Saves of many clerks at once queue, never lost.</summary>
    public async Task<RowOutcome> SaveRowAsync(int officeId, EmployeeInput input, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One connection for the save's three reads (units, office, holders) instead of opening and closing it for each.
        await db.Database.OpenConnectionAsync(ct);
        var writer = await OpenWriterAsync(db, officeId, ct);
        if (writer is null)
        {
            return RowOutcome.Rejected("", UiText.Of("This office no longer exists."));
        }
        await writer.PrefetchAsync([input], ct);
        var outcome = writer.Apply(input, matchByEpic: false);
        if (!outcome.Succeeded || outcome.Kind == SaveKind.Unchanged)
        {
            return outcome;
        }
        return (await writer.SaveAsync(ct))[0].Outcome;
    }

    public async Task<string?> DeleteAsync(int officeId, int employeeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var writer = await OpenWriterAsync(db, officeId, ct);
        return writer is null ? UiText.Of("This person is no longer on the list.") : await writer.DeleteAsync(employeeId, ct);
    }

    public async Task<EmployeeInput?> GetInputAsync(int officeId, int employeeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employeeId && e.OfficeId == officeId, ct);
        return employee is null ? null : EmployeeFormat.ToTypedInput(employee, await UnitLookup.CodesAsync(db, ct));
    }

    public async Task<PageResult<EmployeeRow>> ListAsync(PageRequest request, EmployeeFilter filter, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Employees.AsNoTracking();
        if (filter.OfficeCode is { } officeCode)
        {
            query = query.Where(e => e.Office!.Code == officeCode);
        }
        if (filter.DepartmentId is { } dept)
        {
            query = query.Where(e => e.Office!.DepartmentId == dept);
        }
        if (filter.Gender is { } gender)
        {
            query = query.Where(e => e.Gender == gender);
        }
        if (filter.PayLevel is { } level)
        {
            query = query.Where(e => e.PayLevel == level);
        }
        if (filter.Exemption is { } exemption)
        {
            query = query.Where(e => e.ExemptionStatus == exemption);
        }
        var openFlags = db.DuplicateFlags.Where(f => f.Status == DuplicateStatus.Open);
        if (filter.PossibleDuplicatesOnly)
        {
            query = query.Where(e => openFlags.Any(f => f.EmployeeId == e.Id || f.OtherEmployeeId == e.Id));
        }
        if (request.SearchTerm is { } term)
        {
            var upper = term.ToUpperInvariant();
            var pattern = Masters.SearchPattern.Contains(term);
            query = query.Where(e => EF.Functions.Like(e.Name.ToLower(), pattern, Masters.SearchPattern.Escape) || e.Epic == upper || e.Mobile == term
                || EF.Functions.Like(e.Designation.ToLower(), pattern, Masters.SearchPattern.Escape));
        }
        return await query.ToPageAsync(request, SortColumns, e => new EmployeeRow(
            e.Id, e.Name, e.FatherOrHusbandName, e.Gender, e.DateOfBirth, e.Mobile, e.Designation, e.ServiceGroup, e.Gazetted,
            e.PayLevel, e.BasicPay, e.EmploymentType, e.Epic, e.VoterUnit!.Code, e.Disability, e.ExemptionStatus, e.ExemptionReason,
            e.RetirementDate, e.Office!.Code, e.Office.Name, openFlags.Any(f => f.EmployeeId == e.Id || f.OtherEmployeeId == e.Id)), ct);
    }

    private static readonly Dictionary<string, Expression<Func<Employee, object?>>> SortColumns = new()
    {
        ["Name"] = e => e.Name,
        ["Id"] = e => e.Id,
        ["Designation"] = e => e.Designation,
        ["PayLevel"] = e => e.PayLevel,
        ["BasicPay"] = e => e.BasicPay,
        ["DateOfBirth"] = e => e.DateOfBirth,
        ["Epic"] = e => e.Epic,
        ["OfficeCode"] = e => e.Office!.Code,
        ["Gender"] = e => e.Gender,
    };
}
