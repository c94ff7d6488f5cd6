using ElectionTool.Cli;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Settings;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Demo;

public sealed class SeedDemoAndBackupTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync() => _h = await ServiceHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Seed_demo_creates_a_whole_district_with_accounts_for_each_role()
    {
        var summary = await _h.Get<DemoDistrictSeeder>().SeedAsync(40, reset: false, default);

        await using var db = _h.Db();
        Assert.Equal(40, await db.Offices.CountAsync());
        Assert.Equal(summary.Stations, await db.PollingStations.CountAsync());
        Assert.True(await db.Departments.CountAsync(d => d.Category == DepartmentCategory.Bank) >= 2);
        Assert.Contains(await db.Offices.Select(o => o.Name).ToListAsync(), n => n.Any(c => c is >= '\u0900' and <= '\u097F'));
        Assert.Equal(8, await db.ConstituencyUnits.CountAsync(u => u.Kind == UnitKind.AssemblyConstituency));
        Assert.True(await db.ConstituencyUnits.CountAsync(u => u.Kind == UnitKind.Ward) > 0);
        Assert.Equal(1, await db.Elections.CountAsync(e => e.IsCurrent));
        Assert.All(await db.Offices.ToListAsync(), o => Assert.True(o.DeclaredMale + o.DeclaredFemale <= o.DeclaredTotal, o.Code));
        var finalized = await db.Offices.Where(o => o.ListState == StaffListState.Finalized)
            .Select(o => new
            {
                o.Code,
                o.DeclaredTotal,
                o.DeclaredMale,
                o.DeclaredFemale,
                Entered = db.Employees.Count(e => e.OfficeId == o.Id),
                Men = db.Employees.Count(e => e.OfficeId == o.Id && e.Gender == Gender.Male),
                Women = db.Employees.Count(e => e.OfficeId == o.Id && e.Gender == Gender.Female)
            })
            .ToListAsync();
        Assert.NotEmpty(finalized);
        Assert.All(finalized, o => Assert.Equal((o.DeclaredTotal, o.DeclaredMale, o.DeclaredFemale), (o.Entered, o.Men, o.Women)));
        Assert.True(await db.Offices.CountAsync(o => o.ListState == StaffListState.NotStarted) > 0);
        Assert.True(await db.DuplicateFlags.CountAsync() > 0);
        Assert.True(await db.Employees.CountAsync(e => e.ExemptionStatus == ExemptionStatus.Requested) > 0);
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).Distinct().ToListAsync();
        Assert.Equal(Roles.All.Order(), roles.Order());
        Assert.False(await _h.Get<DistrictSettingsService>().RequireTwoFactorForAdminAsync());
    }

    [Fact]
    public async Task Seed_demo_refuses_to_overwrite_a_district_unless_reset()
    {
        var seeder = _h.Get<DemoDistrictSeeder>();
        await seeder.SeedAsync(10, reset: false, default);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => seeder.SeedAsync(10, reset: false, default));
        Assert.Contains("--reset", refused.Message);
    }

    [Fact]
    public async Task Backup_command_writes_a_database_that_opens_with_the_same_rows()
    {
        await _h.Get<DemoDistrictSeeder>().SeedAsync(25, reset: false, default);
        var target = Path.Combine(Path.GetTempPath(), $"backup-{Guid.NewGuid():N}.db");
        try
        {
            var exit = await CommandLine.RunAsync(_h.Services, ["backup", "--out", target]);

            Assert.Equal(0, exit);
            var options = new DbContextOptionsBuilder<ElectionDbContext>().UseSqlite($"Data Source={target};Pooling=false").Options;
            await using var copy = new ElectionDbContext(options);
            await using var live = _h.Db();
            Assert.Equal(await live.Offices.CountAsync(), await copy.Offices.CountAsync());
            Assert.Equal(await live.PollingStations.CountAsync(), await copy.PollingStations.CountAsync());
            Assert.Equal(await live.Users.Select(u => u.UserName).OrderBy(n => n).ToListAsync(), await copy.Users.Select(u => u.UserName).OrderBy(n => n).ToListAsync());
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public async Task Unknown_command_options_give_a_usage_message_and_exit_code_2()
    {
        var exit = await CommandLine.RunAsync(_h.Services, ["backup"]);

        Assert.Equal(2, exit);
    }
}
