using System.Net;
using ElectionTool.Data.Entities;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.OfficeStaff;

/// <summary>A nodal officer reads the staff lists of their own departments' offices, and no others.</summary>
public sealed class NodalOfficeViewTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync()
    {
        var nodal = await _app.CreateUserAsync("nodal-rev", Roles.NodalOfficer);
        await _app.CreateUserAsync("observer", Roles.Observer);
        await _app.WithDbAsync(async db =>
        {
            var revenue = new Department { Code = "REV", Name = "Revenue" };
            var health = new Department { Code = "HLT", Name = "Health" };
            db.Offices.AddRange(
                new Office { Code = "REV-001", Name = "Tehsil Rampur", Department = revenue, DeclaredTotal = 12 },
                new Office { Code = "HLT-001", Name = "CHC Devgarh", Department = health });
            await db.SaveChangesAsync();
            db.NodalDepartments.Add(new NodalDepartment { UserId = nodal.Id, DepartmentId = revenue.Id });
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Own_department_office_is_shown_read_only()
    {
        using var client = await _app.SignedInClientAsync("nodal-rev");
        var html = await client.GetStringAsync("/dashboard/offices/REV-001");

        Assert.Contains("Tehsil Rampur — staff", html);
        Assert.Contains("read-only", html);
        Assert.DoesNotContain("data-testid=\"finalize\"", html);
    }

    [Fact]
    public async Task Another_department_office_is_not_shown()
    {
        using var client = await _app.SignedInClientAsync("nodal-rev");
        var html = await client.GetStringAsync("/dashboard/offices/HLT-001");

        Assert.Contains("Office HLT-001 is not available", html);
        Assert.DoesNotContain("CHC Devgarh", html);
    }

    [Fact]
    public async Task Observers_do_not_see_staff_lists()
    {
        using var client = await _app.SignedInClientAsync("observer");
        var response = await client.GetAsync("/dashboard/offices/REV-001");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location!.ToString());
    }
}
