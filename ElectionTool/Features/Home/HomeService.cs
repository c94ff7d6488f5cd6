using System.Security.Claims;
using ElectionTool.Data;
using ElectionTool.Features.Elections;
using ElectionTool.Hosting;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Home;

public sealed record HomeTile(string Key, string Label, int Value, string? Href);

public sealed record NextStep(string Text, string Href);

public sealed record HomeOverview(IReadOnlyList<HomeTile> Tiles, IReadOnlyList<NextStep> NextSteps);

/// <summary>
/// The landing page's figures and the Admin's "what to do next", from counts only. Staff, offices and departments
/// are counted in the user's own scope: a nodal officer sees their departments, as on their dashboard.
/// </summary>
public sealed class HomeService(IDbContextFactory<ElectionDbContext> dbFactory, Dashboard.DashboardScopeResolver scopes)
{
    public async Task<HomeOverview> GetOverviewAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(user, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var departments = await scope.DepartmentsOf(db).CountAsync(ct);
        var offices = await scope.Offices(db).CountAsync(ct);
        var stations = await db.PollingStations.CountAsync(ct);
        var units = await db.ConstituencyUnits.CountAsync(ct);
        var staff = await scope.Employees(db).CountAsync(ct);
        var finalized = await scope.Offices(db).CountAsync(o => o.ListState == Data.Entities.StaffListState.Finalized, ct);
        var seesDistrict = !user.IsInRole(Roles.OfficeOperator);
        var tiles = !seesDistrict ? [] : new List<HomeTile>
        {
            new("staff", UiText.Of("Staff entered"), staff, user.IsInRole(Roles.Admin) ? "/employees" : "/dashboard"),
            new("finalized", UiText.Of("Offices finalized"), finalized, "/dashboard"),
            new("departments", UiText.Of("Departments"), departments, user.IsInRole(Roles.Admin) ? "/masters/departments" : null),
            new("offices", UiText.Of("Offices"), offices, user.IsInRole(Roles.Admin) ? "/masters/offices" : null),
            new("units", UiText.Of("Constituency units"), units, user.IsInRole(Roles.Admin) ? "/masters/constituencies" : null),
            new("stations", UiText.Of("Polling stations"), stations, user.IsInRole(Roles.Admin) ? "/masters/stations" : null),
        };
        var steps = new List<NextStep>();
        if (user.IsInRole(Roles.OfficeOperator))
        {
            steps.Add(new(UiText.Of("Enter, import and correct your office's staff, then finalize and print the certified copy."), "/office"));
        }
        if (user.IsInRole(Roles.NodalOfficer) || user.IsInRole(Roles.Observer))
        {
            steps.Add(new(UiText.Of("Watch which offices have finalized, live."), "/dashboard"));
            steps.Add(new(UiText.Of("See the offices still pending, with the numbers to call."), "/pending"));
        }
        if (user.IsInRole(Roles.Observer))
        {
            steps.Add(new(UiText.Of("Follow the draw and verify any stage from its seed."), "/draw"));
        }
        if (user.IsInRole(Roles.Admin))
        {
            if (departments == 0)
            {
                steps.Add(new(UiText.Of("Add the district's departments (or import them from CSV)."), "/masters/departments"));
            }
            if (offices == 0)
            {
                steps.Add(new(UiText.Of("Add the offices of each department."), "/masters/offices"));
            }
            if (units == 0)
            {
                steps.Add(new(UiText.Of("Add the Assembly Constituencies, or local bodies and wards."), "/masters/constituencies"));
            }
            if (!await db.CurrentElection().AnyAsync(ct))
            {
                steps.Add(new(UiText.Of("Create the current election and its rules."), "/elections"));
            }
            var withoutAccount = await db.Offices.CountAsync(o => !db.Users.Any(u => u.OfficeId == o.Id), ct);
            if (withoutAccount > 0)
            {
                steps.Add(new(UiText.Format("Create operator accounts for {0} office(s) and print their credential slips.", withoutAccount), "/accounts"));
            }
        }
        return new HomeOverview(tiles, steps);
    }
}
