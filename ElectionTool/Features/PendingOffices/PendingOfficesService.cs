using System.Linq.Expressions;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.PendingOffices;

/// <summary>An office whose list is not finalized yet: whom to call, and how far they are.</summary>
public sealed record PendingOffice(
    int Id, string Code, string Name, string DepartmentCode, string DepartmentName, StaffListState State, int Entered, int Declared,
    DateTimeOffset? LastActivityAt, string Phone, string HeadMobile, string HeadDesignation, DateTimeOffset? LastRemindedAt = null, string? LastRemindedBy = null);

/// <summary>The list's filters; a department outside the viewer's scope simply matches nothing.</summary>
public sealed record PendingFilter(string? DepartmentCode = null, StaffListState? State = null);

/// <summary>Offices not yet finalized, in the viewer's scope, a page at a time (or all of them, for the exports).</summary>
public sealed class PendingOfficesService(IDbContextFactory<ElectionDbContext> dbFactory)
{
    /// <summary>Most rows an export carries; a district has about 2,000 offices.</summary>
    public const int ExportLimit = 20_000;

    private static readonly Dictionary<string, Expression<Func<Office, object?>>> SortColumns = new()
    {
        ["DepartmentCode"] = o => o.Department!.Code,
        ["Code"] = o => o.Code,
        ["Name"] = o => o.Name,
        ["State"] = o => o.ListState,
        ["Declared"] = o => o.DeclaredTotal,
        ["LastActivityAt"] = o => o.LastActivityAt,
    };

    public async Task<PageResult<PendingOffice>> ListAsync(DashboardScope scope, PendingFilter filter, PageRequest page, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Query(db, scope, filter, page.SearchTerm).ToPageAsync(page with { SortBy = page.SortBy ?? "DepartmentCode" }, SortColumns, Row(db), ct);
    }

    public async Task<IReadOnlyList<PendingOffice>> ExportAsync(DashboardScope scope, PendingFilter filter, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Query(db, scope, filter, null).OrderBy(o => o.Department!.Code).ThenBy(o => o.Code).Take(ExportLimit).Select(Row(db)).ToListAsync(ct);
    }

    /// <summary>Departments the viewer may filter by.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> DepartmentsAsync(DashboardScope scope, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await scope.DepartmentsOf(db).OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        return rows.Select(d => (d.Code, d.Name)).ToList();
    }

    private static IQueryable<Office> Query(ElectionDbContext db, DashboardScope scope, PendingFilter filter, string? search)
    {
        var offices = scope.Offices(db).AsNoTracking().Where(o => o.ListState != StaffListState.Finalized);
        if (!string.IsNullOrWhiteSpace(filter.DepartmentCode))
        {
            var code = filter.DepartmentCode.Trim().ToUpperInvariant();
            offices = offices.Where(o => o.Department!.Code == code);
        }
        if (filter.State is { } state)
        {
            offices = offices.Where(o => o.ListState == state);
        }
        if (search is not null)
        {
            var pattern = Masters.SearchPattern.Contains(search);
            offices = offices.Where(o => EF.Functions.Like(o.Code.ToLower(), pattern, Masters.SearchPattern.Escape) || EF.Functions.Like(o.Name.ToLower(), pattern, Masters.SearchPattern.Escape));
        }
        return offices;
    }

    private static Expression<Func<Office, PendingOffice>> Row(ElectionDbContext db) => o => new PendingOffice(
        o.Id, o.Code, o.Name, o.Department!.Code, o.Department.Name, o.ListState, db.Employees.Count(e => e.OfficeId == o.Id), o.DeclaredTotal,
        o.LastActivityAt, o.Phone, o.HeadMobile, o.HeadDesignation,
        db.OfficeReminders.Where(r => r.OfficeId == o.Id).OrderByDescending(r => r.Id).Select(r => (DateTimeOffset?)r.At).FirstOrDefault(),
        db.OfficeReminders.Where(r => r.OfficeId == o.Id).OrderByDescending(r => r.Id).Select(r => r.ByUser).FirstOrDefault());
}
