using System.Diagnostics;
using ElectionTool.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Backup;

public sealed record BackupResult(string Path, long Bytes, int Tables, TimeSpan Elapsed);

/// <summary>SQLite's online backup: a consistent copy even while operators are saving.</summary>
public sealed class BackupService(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public async Task<BackupResult> BackupAsync(string outputPath, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var target = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            File.Delete(target);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var source = (SqliteConnection)db.Database.GetDbConnection();
        await source.OpenAsync(ct);
        await using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            await destination.OpenAsync(ct);
            source.BackupDatabase(destination);
            await using var command = destination.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            await command.ExecuteNonQueryAsync(ct);
        }
        int tables;
        await using (var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            await check.OpenAsync(ct);
            await using var command = check.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
            tables = Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        return new BackupResult(target, new FileInfo(target).Length, tables, watch.Elapsed);
    }
}
