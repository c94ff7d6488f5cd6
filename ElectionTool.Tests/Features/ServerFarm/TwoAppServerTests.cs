using System.Net;
using ElectionTool.Data.Entities;
using ElectionTool.Data.Providers;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Finalization;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.ServerFarm;

/// <summary>Two app servers on one PostgreSQL database, as behind a load balancer (skipped without a PostgreSQL server).</summary>
[Trait("Category", TestProvider.PostgreSqlCategory)]
public sealed class TwoAppServerTests : IAsyncLifetime
{
    private string _database = "";
    private AppFactory _a = default!;
    private AppFactory _b = default!;

    public async Task InitializeAsync()
    {
        _database = await PostgreSqlDatabases.CreateAsync();
        _a = new AppFactory().OnDatabase(DatabaseProvider.PostgreSQL, _database);
        _b = new AppFactory().OnDatabase(DatabaseProvider.PostgreSQL, _database);
        _ = _a.Server;
        _ = _b.Server;
        await Poll(() => _a.Services.GetRequiredService<ServerFarmRelay>().Listening && _b.Services.GetRequiredService<ServerFarmRelay>().Listening);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await PostgreSqlDatabases.DropAsync(_database);
    }

    [PostgreSqlFact]
    public async Task A_finalize_through_server_A_updates_a_dashboard_served_by_server_B()
    {
        var office = await SeedOfficeReadyToFinalizeAsync();
        var live = _b.Services.GetRequiredService<DashboardLive>();
        var updates = 0;
        using var screen = live.Subscribe(_ =>
        {
            Interlocked.Increment(ref updates);
            return Task.CompletedTask;
        });

        var result = await _a.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<CurrentUser>().ActAs("clerk-rev-01");
            return await sp.GetRequiredService<FinalizationService>().FinalizeAsync(office, certificateConfirmed: true, default);
        });

        Assert.True(result.Succeeded, result.Message);
        await Poll(() => updates > 0);
        // And B's dashboard, computed from the shared database, counts the office as finalized.
        var snapshot = await _b.WithScopeAsync(sp => sp.GetRequiredService<DashboardSnapshotCache>().GetAsync(DashboardScope.District, default));
        Assert.Equal(1, snapshot.Headline.Finalized);
    }

    [PostgreSqlFact]
    public async Task A_user_signed_in_on_server_A_is_still_signed_in_on_server_B()
    {
        await _a.CreateUserAsync("observer-farm", Roles.Observer);
        var onA = _a.NewClient();
        var login = await onA.PostLoginAsync("observer-farm", AppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ElectionTool.Auth=", StringComparison.Ordinal)).Split(';')[0];

        var onB = _b.NewClient();
        onB.DefaultRequestHeaders.Add("Cookie", cookie);
        var dashboard = await onB.GetAsync("/dashboard");
        var anonymous = await _b.NewClient().GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    private async Task<int> SeedOfficeReadyToFinalizeAsync()
    {
        var officeId = 0;
        await _a.WithDbAsync(async db =>
        {
            var department = new Department { Code = "REV", Name = "Revenue" };
            var units = Enumerable.Range(1, 3).Select(i => new ConstituencyUnit { Code = ConstituencyUnit.AcCode(i), Kind = UnitKind.AssemblyConstituency, Number = i, Name = $"AC {i}" }).ToList();
            var office = new Office
            {
                Code = "REV-01",
                Name = "Tehsil office",
                Department = department,
                ConstituencyUnit = units[0],
                ListState = StaffListState.InProgress,
                DeclaredTotal = 3,
                DeclaredMale = 3,
                Phone = "0755-2500001",
                HeadMobile = "9425000001",
                HeadDesignation = "Tehsildar",
                LastActivityAt = DateTimeOffset.UtcNow,
            };
            db.AddRange(units);
            db.Add(office);
            db.Elections.Add(new Election
            {
                Name = "Vidhan Sabha 2027",
                PollDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3),
                UnitKind = UnitKind.AssemblyConstituency,
                IsCurrent = true,
                EntryDeadline = DateTimeOffset.UtcNow.AddDays(4),
            });
            await db.SaveChangesAsync();
            // The shapes of DashboardBrowserTests: valid rows in three pay bands.
            var shapes = new Action<Employee>[]
            {
                e => (e.PayLevel, e.BasicPay, e.ServiceGroup) = (10, 60000, ServiceGroup.A),
                e => (e.PayLevel, e.BasicPay, e.ServiceGroup) = (6, 40000, ServiceGroup.B),
                e => (e.PayLevel, e.BasicPay) = (3, 25000),
            };
            for (var n = 0; n < shapes.Length; n++)
            {
                db.Employees.Add(EmployeeBuilder.Entity(n + 1, office.Id, units[2].Id, shapes[n]));
            }
            await db.SaveChangesAsync();
            officeId = office.Id;
        });
        return officeId;
    }

    private static async Task Poll(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "Timed out waiting for the other server.");
            await Task.Delay(20);
        }
    }
}
