using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.PendingOffices;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Dashboard;

/// <summary>A nodal officer's scope limits every query; the pending list filters, pages and stays inside it.</summary>
public sealed class ScopeAndPendingTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private SmallDistrict _d = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        _d = await SmallDistrict.SeedAsync(_h);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private DashboardScope EduOnly => DashboardScope.Departments([_d.Edu], "EDU");

    [Fact]
    public async Task A_nodal_scope_sees_only_its_departments_figures()
    {
        var snapshot = await _h.Get<DashboardService>().GetSnapshotAsync(EduOnly, default);

        Assert.Equal(["EDU"], snapshot.Departments.Select(d => d.Code));
        Assert.Equal((1, 0, 1, 0, 3), (snapshot.Headline.Offices, snapshot.Headline.Finalized, snapshot.Headline.NotStarted, snapshot.Headline.EmployeesEntered, snapshot.Headline.EmployeesDeclared));
        Assert.Equal(0, snapshot.Pool.Total);
        Assert.Empty(snapshot.Feed);
    }

    [Fact]
    public async Task Another_departments_offices_are_not_returned_to_a_nodal_scope()
    {
        Assert.Null(await _h.Get<DashboardService>().GetDepartmentOfficesAsync(EduOnly, "REV", default));
        Assert.NotNull(await _h.Get<DashboardService>().GetDepartmentOfficesAsync(EduOnly, "EDU", default));
        Assert.Null(await _h.Get<DashboardService>().GetDepartmentOfficesAsync(DashboardScope.Nothing, "EDU", default));
    }

    [Fact]
    public async Task Scope_comes_from_the_users_role_and_assigned_departments()
    {
        await using (var db = _h.Db())
        {
            db.Users.Add(new AppUser { Id = "nodal-1", UserName = "nodal-edu" });
            db.NodalDepartments.Add(new NodalDepartment { UserId = "nodal-1", DepartmentId = _d.Edu });
            await db.SaveChangesAsync();
        }
        var resolver = _h.Get<DashboardScopeResolver>();
        static System.Security.Claims.ClaimsPrincipal User(string id, string role) => new(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.NameIdentifier, id), new(System.Security.Claims.ClaimTypes.Role, role)], "test"));

        Assert.Equal([_d.Edu], (await resolver.ResolveAsync(User("nodal-1", Roles.NodalOfficer), default)).DepartmentIds);
        Assert.True((await resolver.ResolveAsync(User("x", Roles.Observer), default)).AllDepartments);
        Assert.True((await resolver.ResolveAsync(User("x", Roles.OfficeOperator), default)).IsEmpty);
        Assert.True((await resolver.ResolveAsync(User("other", Roles.NodalOfficer), default)).IsEmpty);
    }

    [Fact]
    public async Task Pending_lists_unfinalized_offices_with_filters_and_paging()
    {
        var pending = _h.Get<PendingOfficesService>();

        var all = await pending.ListAsync(DashboardScope.District, new PendingFilter(), new PageRequest(), default);
        var inProgress = await pending.ListAsync(DashboardScope.District, new PendingFilter(State: StaffListState.InProgress), new PageRequest(), default);
        var rev = await pending.ListAsync(DashboardScope.District, new PendingFilter("rev"), new PageRequest(), default);
        var secondPage = await pending.ListAsync(DashboardScope.District, new PendingFilter(), new PageRequest(Page: 1, PageSize: 1), default);

        Assert.Equal(["EDU-1", "REV-2"], all.Items.Select(o => o.Code));
        Assert.Equal(new PendingOffice(_d.RevInProgress, "REV-2", "Office REV-2", "REV", "Revenue", StaffListState.InProgress, 2, 4, null,
            $"0755-{_d.RevInProgress:000000}", $"97{_d.RevInProgress:00000000}", ""), all.Items[1]);
        Assert.Equal(["REV-2"], inProgress.Items.Select(o => o.Code));
        Assert.Equal(["REV-2"], rev.Items.Select(o => o.Code));
        Assert.Equal((2, "REV-2"), (secondPage.Total, secondPage.Items.Single().Code));
    }

    [Fact]
    public async Task Pending_filtered_to_a_department_outside_the_scope_is_empty()
    {
        var pending = _h.Get<PendingOfficesService>();

        Assert.Empty((await pending.ListAsync(EduOnly, new PendingFilter("REV"), new PageRequest(), default)).Items);
        Assert.Empty(await pending.ExportAsync(EduOnly, new PendingFilter("REV"), default));
        Assert.Equal(["EDU-1"], (await pending.ExportAsync(EduOnly, new PendingFilter(), default)).Select(o => o.Code));
    }
}
