using System.Diagnostics;
using ElectionTool.Data;
using ElectionTool.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Backup;

public sealed record BackupResult(string Path, long Bytes, int Tables, TimeSpan Elapsed);

/// <summary>
/// SQLite's online backup (PostgreSQL: <see cref="PostgreSqlBackup"/>): a consistent copy even while operators are saving. The copy is written to a temporary
/// file beside the target and renamed into place only when complete, and the target may never be the live
/// database itself (or its -wal/-shm), however the path is spelled.
/// </summary>
public sealed class BackupService(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public async Task<BackupResult> BackupAsync(string outputPath, CancellationToken ct = default)
    {
        await using (var probe = await dbFactory.CreateDbContextAsync(ct))
        {
            if (DatabaseEngine.Of(probe).Provider == DatabaseProvider.PostgreSQL)
            {
                return await PostgreSqlBackup.RunAsync(probe.Database.GetConnectionString()!, outputPath, ct);
            }
        }
        var watch = Stopwatch.StartNew();
        var target = Path.GetFullPath(outputPath);
        var live = DatabaseFiles.LivePath(dbFactory);
        if (DatabaseFiles.IsLiveFile(target, live))
        {
            throw new InvalidOperationException($"Refused: {outputPath} is the live database ({live}) or one of its files. Back up to another file, e.g. backups/electiontool-{DateTime.UtcNow:yyyyMMdd-HHmm}.db.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + $".partial-{Guid.NewGuid():N}";
        try
        {
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
            {
                var source = (SqliteConnection)db.Database.GetDbConnection();
                await source.OpenAsync(ct);
                await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString());
                await destination.OpenAsync(ct);
                source.BackupDatabase(destination);
                await using var command = destination.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=DELETE;";
                await command.ExecuteNonQueryAsync(ct);
            }
            var check = await DatabaseCheck.InspectAsync(temporary, ct);
            if (!check.Intact)
            {
                throw new InvalidOperationException($"The copy failed its integrity check ({check.IntegrityMessage}); nothing was written to {target}.");
            }
            File.Move(temporary, target, overwrite: true);
            return new BackupResult(target, new FileInfo(target).Length, check.Tables, watch.Elapsed);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
