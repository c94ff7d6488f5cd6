using System.Security.Claims;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Dashboard;

/// <summary>
/// Which departments a viewer may see: the whole district (Admin, Observer) or a nodal officer's own departments.
/// Every dashboard query goes through it, so a department outside the scope yields nothing whatever the URL says.
/// </summary>
public sealed record DashboardScope(bool AllDepartments, IReadOnlyList<int> DepartmentIds, string Label)
{
    // English: a resource key, translated where shown (UiText.Of(scope.Label)); a department scope's label is data
    public static readonly DashboardScope District = new(true, [], "Whole district");

    /// <summary>Signed in without a dashboard role, or a nodal officer with no department yet.</summary>
    // English: a resource key, translated where shown
    public static readonly DashboardScope Nothing = new(false, [], "No departments");

    public static DashboardScope Departments(IEnumerable<int> ids, string label) => new(false, [.. ids.Distinct().Order()], label);

    /// <summary>Identifies the scope for caching: equal scopes share one computed snapshot.</summary>
    public string Key => AllDepartments ? "all" : "d:" + string.Join(',', DepartmentIds);

    public bool IsEmpty => !AllDepartments && DepartmentIds.Count == 0;

    public bool Includes(int departmentId) => AllDepartments || DepartmentIds.Contains(departmentId);

    public IQueryable<Office> Offices(ElectionDbContext db)
    {
        var ids = DepartmentIds;
        return AllDepartments ? db.Offices : db.Offices.Where(o => ids.Contains(o.DepartmentId));
    }

    public IQueryable<Department> DepartmentsOf(ElectionDbContext db)
    {
        var ids = DepartmentIds;
        return AllDepartments ? db.Departments : db.Departments.Where(d => ids.Contains(d.Id));
    }

    public IQueryable<Employee> Employees(ElectionDbContext db)
    {
        var ids = DepartmentIds;
        return AllDepartments ? db.Employees : db.Employees.Where(e => ids.Contains(e.Office!.DepartmentId));
    }

    public IQueryable<StaffCount> StaffCounts(ElectionDbContext db)
    {
        var ids = DepartmentIds;
        return AllDepartments ? db.Set<StaffCount>() : db.Set<StaffCount>().Where(c => ids.Contains(c.DepartmentId));
    }

    public IQueryable<ListEvent> ListEvents(ElectionDbContext db)
    {
        var ids = DepartmentIds;
        return AllDepartments ? db.ListEvents : db.ListEvents.Where(e => ids.Contains(e.Office!.DepartmentId));
    }
}

/// <summary>Works out the scope from the signed-in user on the server; never from anything the browser sends.</summary>
public sealed class DashboardScopeResolver(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public async Task<DashboardScope> ResolveAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Observer))
        {
            return DashboardScope.District;
        }
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!user.IsInRole(Roles.NodalOfficer) || userId is null)
        {
            return DashboardScope.Nothing;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var departments = await db.NodalDepartments.Where(n => n.UserId == userId)
            .Select(n => new { n.DepartmentId, n.Department!.Code }).OrderBy(d => d.Code).ToListAsync(ct);
        return departments.Count == 0
            ? DashboardScope.Nothing
            : DashboardScope.Departments(departments.Select(d => d.DepartmentId), string.Join(", ", departments.Select(d => d.Code)));
    }
}
