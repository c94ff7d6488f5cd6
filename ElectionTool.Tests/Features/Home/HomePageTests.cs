using ElectionTool.Data.Entities;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Home;

/// <summary>The landing page's figures are the viewer's own: a nodal officer's departments, as on their dashboard.</summary>
public sealed class HomePageTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync()
    {
        var nodal = await _app.CreateUserAsync("nodal-rev", Roles.NodalOfficer);
        await _app.CreateUserAsync("observer", Roles.Observer);
        await _app.WithDbAsync(async db =>
        {
            var revenue = new Department { Code = "REV", Name = "Revenue" };
            var chc = new Office { Code = "HLT-001", Name = "CHC Devgarh", Department = new Department { Code = "HLT", Name = "Health" } };
            var unit = new ConstituencyUnit { Code = "AC-201", Name = "Rampur", Number = 201 };
            db.AddRange(unit, chc, new Office { Code = "REV-001", Name = "Tehsil Rampur", Department = revenue }, new Office { Code = "REV-002", Name = "Tehsil Devgarh", Department = revenue });
            await db.SaveChangesAsync();
            db.NodalDepartments.Add(new NodalDepartment { UserId = nodal.Id, DepartmentId = revenue.Id });
            db.Employees.AddRange(Enumerable.Range(1_000_001, 3).Select(n => EmployeeBuilder.Entity(n, chc.Id, unit.Id)));
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_nodal_officers_home_page_counts_only_their_departments()
    {
        using var nodal = await _app.SignedInClientAsync("nodal-rev");
        using var observer = await _app.SignedInClientAsync("observer");

        var nodalHome = await nodal.GetStringAsync("/");
        var observerHome = await observer.GetStringAsync("/");

        Assert.Equal(("2", "0"), (Tile(nodalHome, "offices"), Tile(nodalHome, "staff")));
        Assert.Equal(("3", "3"), (Tile(observerHome, "offices"), Tile(observerHome, "staff")));
    }

    private static string Tile(string html, string key)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"data-testid=\"tile-{key}\"[^>]*>([^<]*)<");
        Assert.True(match.Success, $"no tile {key} on the page");
        return match.Groups[1].Value.Trim();
    }
}
