using System.Net;
using ElectionTool.Data.Entities;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Dashboard;

/// <summary>Over HTTP, as the browser asks: a nodal officer cannot reach another department by URL or export.</summary>
[Trait("Database", "Both")]
public sealed class DashboardHttpTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync()
    {
        await _app.WithDbAsync(async db =>
        {
            var rev = new Department { Code = "REV", Name = "Revenue" };
            var edu = new Department { Code = "EDU", Name = "Education" };
            db.Offices.AddRange(
                new Office { Code = "REV-001", Name = "Tehsil office", Department = rev, ListState = StaffListState.InProgress, HeadMobile = "9811111111" },
                new Office { Code = "EDU-001", Name = "Girls school", Department = edu, ListState = StaffListState.NotStarted, HeadMobile = "9822222222" });
            await db.SaveChangesAsync();
        });
        var nodal = await _app.CreateUserAsync("nodal-edu", Roles.NodalOfficer);
        await _app.WithDbAsync(async db =>
        {
            db.NodalDepartments.Add(new NodalDepartment { UserId = nodal.Id, DepartmentId = await db.Departments.Where(d => d.Code == "EDU").Select(d => d.Id).SingleAsync() });
            await db.SaveChangesAsync();
        });
        await _app.CreateUserAsync("observer", Roles.Observer);
        await _app.CreateUserAsync("operator", Roles.OfficeOperator);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_nodal_officer_gets_nothing_of_another_department_by_url()
    {
        var client = await _app.SignedInClientAsync("nodal-edu");

        var other = await client.GetStringAsync("/dashboard/departments/REV");
        var own = await client.GetStringAsync("/dashboard/departments/EDU");
        var dashboard = await client.GetStringAsync("/dashboard");

        Assert.Contains("department-not-available", other);
        Assert.DoesNotContain("REV-001", other);
        Assert.Contains("EDU-001", own);
        Assert.Contains("Girls school", own);
        Assert.DoesNotContain("Revenue", dashboard);
        Assert.Contains("Education", dashboard);
    }

    [Fact]
    public async Task Exports_keep_to_the_nodal_officers_departments_are_not_cached_and_are_logged()
    {
        var client = await _app.SignedInClientAsync("nodal-edu");

        var csv = await client.GetAsync("/pending/export.csv");
        var otherDepartment = await client.GetStringAsync("/pending/export.csv?department=REV");
        var xlsx = await client.GetAsync("/pending/export.xlsx?department=REV");

        var text = await csv.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("no-store", csv.Headers.CacheControl?.ToString());
        Assert.Contains("EDU-001", text);
        Assert.Contains("9822222222", text);
        Assert.DoesNotContain("REV-001", text);
        Assert.DoesNotContain("REV-001", otherDepartment);
        Assert.Single(otherDepartment.Trim().Split('\n'));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        await _app.WithDbAsync(async db =>
            Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Action == "Export pending offices" && a.UserName == "nodal-edu")));
    }

    [Fact]
    public async Task An_observer_exports_every_department_and_an_operator_cannot_export()
    {
        var observer = await _app.SignedInClientAsync("observer");
        var operatorClient = await _app.SignedInClientAsync("operator");

        var all = await observer.GetStringAsync("/pending/export.csv");
        var refused = await operatorClient.GetAsync("/pending/export.csv");

        Assert.Contains("REV-001", all);
        Assert.Contains("EDU-001", all);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }
}
