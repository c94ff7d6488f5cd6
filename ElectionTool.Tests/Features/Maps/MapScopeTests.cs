using System.Net;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Duties;
using ElectionTool.Features.Maps;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Maps;

/// <summary>
/// The map keeps the dashboard's one rule: places are the district's, seen by every map viewer; the sector officers on the
/// map and the route charts are named to a nodal officer only from offices of their own departments.
/// </summary>
public sealed class MapScopeTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private List<(string Sector, string Name, int Department)> _officers = [];
    private int _department;

    public async Task InitializeAsync()
    {
        await _app.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<CurrentUser>().ActAs("test-admin");
            await sp.GetRequiredService<DemoDistrictSeeder>().SeedAsync(60, false, CancellationToken.None, 3000);
            var sectors = sp.GetRequiredService<SectorService>();
            await sectors.ProposeAsync(CancellationToken.None);
            await sectors.LockAsync(CancellationToken.None);
            var draws = sp.GetRequiredService<DrawService>();
            foreach (var stage in new[] { DutyStages.Zonal, DutyStages.Sector })
            {
                var run = await draws.RunStageAsync(stage.Number, $"seed {stage.Number}", CancellationToken.None);
                await draws.AcceptAsync(run.Run.Id, CancellationToken.None);
            }

            var rows = (await sp.GetRequiredService<DutyOutputService>().RowsAsync(CancellationToken.None, DutyKind.SectorOfficer)).Where(r => !r.IsReserve).ToList();
            await using var db = await sp.GetRequiredService<IDbContextFactory<ElectionTool.Data.ElectionDbContext>>().CreateDbContextAsync();
            var departmentOf = await db.Offices.ToDictionaryAsync(o => o.Code, o => o.DepartmentId);
            _officers = rows.Select(r => (r.Sector!, r.Name, departmentOf[r.OfficeCode])).ToList();
            return 0;
        });
        // The nodal officer's department: the one holding most sector officers, so others are outside it.
        _department = _officers.GroupBy(o => o.Department).OrderByDescending(g => g.Count()).First().Key;
        var nodal = await _app.CreateUserAsync("map-nodal", Roles.NodalOfficer);
        await _app.WithDbAsync(async db =>
        {
            db.NodalDepartments.Add(new NodalDepartment { UserId = nodal.Id, DepartmentId = _department });
            await db.SaveChangesAsync();
        });
        await _app.CreateUserAsync("map-observer", Roles.Observer);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_nodal_officer_sees_every_station_but_sector_officers_only_from_their_departments()
    {
        var (district, nodal) = await _app.WithScopeAsync(async sp =>
        {
            var maps = sp.GetRequiredService<MapService>();
            return (await maps.SceneAsync(null, DashboardScope.District, default), await maps.SceneAsync(null, DashboardScope.Departments([_department], "X"), default));
        });

        Assert.Equal(district.Stations.Select(s => s.Id), nodal.Stations.Select(s => s.Id));
        Assert.Equal(district.Sectors.Select(s => s.Code), nodal.Sectors.Select(s => s.Code));
        var own = _officers.Where(o => o.Department == _department).Select(o => o.Name).ToHashSet();
        Assert.NotEmpty(own);
        Assert.True(own.Count < _officers.Count, "the fixture needs officers outside the department");
        Assert.All(district.Stations.Where(s => s.SectorCode is not null), s => Assert.NotNull(s.SectorOfficer));
        Assert.All(nodal.Stations.Where(s => s.SectorOfficer is not null), s => Assert.Contains(s.SectorOfficer!, own));
        Assert.Contains(nodal.Stations, s => s.OfficerWithheld && s.SectorOfficer is null);
        Assert.DoesNotContain(district.Stations, s => s.OfficerWithheld);
    }

    [Fact]
    public async Task The_route_charts_name_to_a_nodal_officer_only_their_own_departments_officers()
    {
        using var nodal = await _app.SignedInClientAsync("map-nodal");
        using var observer = await _app.SignedInClientAsync("map-observer");

        var forNodal = WebUtility.HtmlDecode(await nodal.GetStringAsync("/maps/route-charts"));
        var forObserver = WebUtility.HtmlDecode(await observer.GetStringAsync("/maps/route-charts"));

        var outside = _officers.Where(o => o.Department != _department).Select(o => o.Name).Distinct().ToList();
        var inside = _officers.Where(o => o.Department == _department).Select(o => o.Name).Distinct().ToList();
        Assert.All(inside, name => Assert.Contains(name, forNodal));
        Assert.All(outside.Where(n => !inside.Contains(n)), name => Assert.DoesNotContain(name, forNodal));
        Assert.Contains("from another department (not shown)", forNodal);
        Assert.All(_officers.Select(o => o.Name), name => Assert.Contains(name, forObserver));
        Assert.DoesNotContain("from another department", forObserver);
    }
}
