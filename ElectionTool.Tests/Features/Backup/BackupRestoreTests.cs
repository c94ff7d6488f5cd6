using ElectionTool.Cli;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Backup;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Backup;

public sealed class BackupRestoreTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"et-backup-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        Directory.CreateDirectory(_folder);
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string Live => _h.Database.Path;

    private async Task AddDepartmentAsync(string code)
    {
        await using var db = _h.Db();
        db.Departments.Add(new Department { Code = code, Name = code, Category = DepartmentCategory.StateGovt });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Backup_onto_the_live_database_or_its_companions_is_refused_however_it_is_spelled()
    {
        await AddDepartmentAsync("REV");
        var link = Path.Combine(_folder, "link.db");
        File.CreateSymbolicLink(link, Live);
        var folderLink = Path.Combine(_folder, "data");
        Directory.CreateSymbolicLink(folderLink, Path.GetDirectoryName(Live)!);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Live);
        var before = await File.ReadAllBytesAsync(Live);

        foreach (var target in new[] { Live, Live + "-wal", Live + "-shm", link, relative, Path.Combine(folderLink, Path.GetFileName(Live)) })
        {
            var exit = await CommandLine.RunAsync(_h.Services, ["backup", "--out", target]);
            Assert.True(exit == 1, $"backup --out {target} was not refused");
        }

        Assert.True(File.Exists(Live));
        await using var db = _h.Db();
        Assert.Equal(1, await db.Departments.CountAsync());
        Assert.Equal(before.Length, new FileInfo(Live).Length);
    }

    [Fact]
    public async Task Backup_leaves_no_partial_file_and_replaces_an_old_backup_whole()
    {
        var target = Path.Combine(_folder, "nightly.db");
        await File.WriteAllTextAsync(target, "yesterday's file");

        var result = await _h.Get<BackupService>().BackupAsync(target);

        Assert.True((await DatabaseCheck.InspectAsync(target, default)).Intact);
        Assert.Equal(target, result.Path);
        Assert.Empty(Directory.GetFiles(_folder, "*.partial-*"));
    }

    [Fact]
    public async Task Restore_puts_the_backup_back_and_keeps_the_replaced_database()
    {
        await AddDepartmentAsync("REV");
        var backup = Path.Combine(_folder, "before.db");
        Assert.Equal(0, await CommandLine.RunAsync(_h.Services, ["backup", "--out", backup]));
        await AddDepartmentAsync("PWD");

        var exit = await CommandLine.RunAsync(_h.Services, ["restore", "--from", backup]);

        Assert.Equal(0, exit);
        await using (var db = _h.Db())
        {
            Assert.Equal(["REV"], await db.Departments.Select(d => d.Code).ToListAsync());
            Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.Action == "Restore database");
        }
        var replaced = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(Live)!, Path.GetFileName(Live) + ".replaced-*"),
            f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal));
        var options = new DbContextOptionsBuilder<ElectionDbContext>().UseSqlite($"Data Source={replaced};Pooling=false").Options;
        await using (var old = new ElectionDbContext(options))
        {
            Assert.Equal(["PWD", "REV"], await old.Departments.Select(d => d.Code).OrderBy(c => c).ToListAsync());
        }
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Live)!, Path.GetFileName(Live) + ".replaced-*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Restore_refuses_a_damaged_file_or_one_that_is_not_an_ElectionTool_database()
    {
        var garbage = Path.Combine(_folder, "garbage.db");
        await File.WriteAllBytesAsync(garbage, [.. "SQLite format 3\0"u8.ToArray(), .. new byte[5000]]);
        var foreign = Path.Combine(_folder, "foreign.db");
        await using (var connection = new SqliteConnection($"Data Source={foreign};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t(x); INSERT INTO t VALUES (1);";
            await command.ExecuteNonQueryAsync();
        }

        var damaged = await Assert.ThrowsAsync<InvalidOperationException>(() => _h.Get<RestoreService>().RestoreAsync(garbage));
        var notOurs = await Assert.ThrowsAsync<InvalidOperationException>(() => _h.Get<RestoreService>().RestoreAsync(foreign));

        Assert.Contains("integrity check", damaged.Message);
        Assert.Contains("not an ElectionTool database", notOurs.Message);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(Live)!, Path.GetFileName(Live) + ".replaced-*"));
    }

    [Fact]
    public async Task Restore_is_refused_while_the_app_is_serving_the_database()
    {
        await using var app = new AppFactory();
        using var client = app.NewClient();
        await client.GetAsync("/Identity/Account/Login");
        var backup = Path.Combine(_folder, "served.db");
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BackupService>().BackupAsync(backup);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<RestoreService>().RestoreAsync(backup));

        Assert.Contains("the app is serving", refused.Message);
        Assert.Contains("Stop it first", refused.Message);
    }
}
