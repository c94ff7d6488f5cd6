using ElectionTool.Cli;
using ElectionTool.Data.Entities;
using ElectionTool.Data.Providers;
using ElectionTool.Features.DatabaseMove;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ElectionTool.Tests.Features.DatabaseMove;

/// <summary>The one-time move of a SQLite district into PostgreSQL (needs a PostgreSQL server; skipped without one).</summary>
[Trait("Category", TestProvider.PostgreSqlCategory)]
public sealed class MigrateToTests : IAsyncLifetime
{
    private ServiceHarness _sqlite = default!;
    private readonly List<string> _targets = [];

    public async Task InitializeAsync() => _sqlite = await ServiceHarness.CreateAsync(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        foreach (var target in _targets)
        {
            await PostgreSqlDatabases.DropAsync(target);
        }
    }

    private async Task<string> TargetAsync(bool migrated)
    {
        var target = await PostgreSqlDatabases.CreateAsync(migrated);
        _targets.Add(target);
        return target;
    }

    [PostgreSqlFact]
    public async Task A_moved_district_has_the_same_rows_and_checksums_and_its_draws_still_verify()
    {
        await _sqlite.DistrictAsync();
        Assert.Equal(0, await CommandLine.RunAsync(_sqlite.Services, ["draw", "--stage", "1", "--seed", "3 6 1 2", "--accept"]));
        Assert.Equal(0, await CommandLine.RunAsync(_sqlite.Services, ["draw", "--stage", "2", "--seed", "5 5 2", "--accept"]));
        Assert.Equal(0, await CommandLine.RunAsync(_sqlite.Services, ["draw", "--stage", "3", "--seed", "6 1 1", "--accept"]));
        var target = await TargetAsync(migrated: false);

        var report = await _sqlite.Get<DatabaseMoveService>().MoveToPostgreSqlAsync(target, _ => { }, CancellationToken.None);

        Assert.True(report.Verified, string.Join("; ", report.Tables.Where(t => !t.Same).Select(t => $"{t.Table}: {t.SourceRows} vs {t.TargetRows}")));
        Assert.Contains(report.Tables, t => t.Table == "Employees" && t.TargetRows > 0);
        Assert.Contains(report.Tables, t => t.Table == "DrawRuns" && t.TargetRows == 3);
        await using var moved = await ServiceHarness.CreateAsync(TestDatabase.Existing(DatabaseProvider.PostgreSQL, target));
        foreach (var stage in new[] { "1", "2", "3" })
        {
            Assert.Equal(0, await CommandLine.RunAsync(moved.Services, ["draw", "verify", "--stage", stage]));
        }
        // The staff-count triggers came across and the counts equal a recount.
        Assert.Equal(0, await CommandLine.RunAsync(moved.Services, ["check-counts"]));
        await using var db = moved.Db();
        var office = await db.Offices.AsNoTracking().FirstAsync();
        // Numbering continues after the copied rows: a new department gets a fresh id.
        db.Departments.Add(new Department { Code = "NEW-1", Name = "Moved later" });
        await db.SaveChangesAsync();
        Assert.True(await db.Departments.CountAsync() > 1);
        Assert.NotNull(office);
    }

    [PostgreSqlFact]
    public async Task Migrate_to_refuses_a_target_that_is_not_empty_and_changes_nothing()
    {
        var withRows = await TargetAsync(migrated: true);
        await using (var connection = new NpgsqlConnection(withRows))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("INSERT INTO \"Departments\" (\"Code\", \"Name\", \"Category\") VALUES ('X', 'Already here', 0)", connection);
            await insert.ExecuteNonQueryAsync();
        }
        var otherTables = await TargetAsync(migrated: false);
        await using (var connection = new NpgsqlConnection(otherTables))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE payroll (id int)", connection);
            await create.ExecuteNonQueryAsync();
        }
        var move = _sqlite.Get<DatabaseMoveService>();

        var rows = await Assert.ThrowsAsync<InvalidOperationException>(() => move.MoveToPostgreSqlAsync(withRows, _ => { }, CancellationToken.None));
        var tables = await Assert.ThrowsAsync<InvalidOperationException>(() => move.MoveToPostgreSqlAsync(otherTables, _ => { }, CancellationToken.None));

        Assert.Contains("not empty", rows.Message);
        Assert.Contains("has rows", rows.Message);
        Assert.Contains("payroll", tables.Message);
        Assert.Equal(1, await CommandLine.RunAsync(_sqlite.Services, ["migrate-to", "--provider", "PostgreSQL", "--connection", withRows]));
    }
}
