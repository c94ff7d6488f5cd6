using System.Globalization;
using ElectionTool.Data;
using ElectionTool.Features.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Backup;

public sealed record RestoreResult(string LivePath, string ReplacedPath, int Migrations, bool NeedsUpgrade);

/// <summary>
/// Puts a backup back as the live database: only while the app is stopped, only a file that passes SQLite's
/// integrity check and carries this version's schema (or an older one the app will bring up to date), and the
/// replaced database is kept beside it as DATABASE.replaced-TIMESTAMP.
/// </summary>
public sealed class RestoreService(IDbContextFactory<ElectionDbContext> dbFactory, TimeProvider clock, CurrentUser currentUser)
{
    public async Task<RestoreResult> RestoreAsync(string fromPath, CancellationToken ct = default)
    {
        var live = DatabaseFiles.LivePath(dbFactory);
        var from = Path.GetFullPath(fromPath);
        if (!File.Exists(from))
        {
            throw new InvalidOperationException($"There is no file {fromPath}.");
        }
        if (DatabaseFiles.IsLiveFile(from, live))
        {
            throw new InvalidOperationException($"Refused: {fromPath} is the live database itself.");
        }
        using var serving = ServingLock.TryTake(live) ?? throw new InvalidOperationException(
            $"Refused: the app is serving this database ({live}). Stop it first (Ctrl+C in its console, or stop its service, e.g. `systemctl stop electiontool`), then run restore again.");

        var check = await DatabaseCheck.InspectAsync(from, ct);
        if (!check.Intact)
        {
            throw new InvalidOperationException($"Refused: {fromPath} fails SQLite's integrity check ({check.IntegrityMessage}). The live database is unchanged.");
        }
        var known = await KnownMigrationsAsync(ct);
        if (check.Migrations.Count == 0)
        {
            throw new InvalidOperationException($"Refused: {fromPath} is not an ElectionTool database (it has no migration history).");
        }
        var unknown = check.Migrations.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Refused: {fromPath} was made by a newer version of ElectionTool (schema {unknown[^1]} is unknown here). Install that version first.");
        }

        var stamp = clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var replaced = $"{live}.replaced-{stamp}";
        var incoming = $"{live}.restoring-{Guid.NewGuid():N}";
        try
        {
            await CopyAsync(from, incoming, ct);
            await CheckpointAsync(live, ct);
            SqliteConnection.ClearAllPools();
            foreach (var suffix in DatabaseFiles.Companions.Where(s => File.Exists(live + s)))
            {
                File.Move(live + suffix, replaced + suffix);
            }
            File.Move(incoming, live);
        }
        finally
        {
            File.Delete(incoming);
        }

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            AuditLog.Record(db, await currentUser.GetNameAsync(), "Restore database", "Database", Path.GetFileName(from), null,
                new { From = from, Replaced = replaced });
            await db.SaveChangesAsync(ct);
        }
        return new RestoreResult(live, replaced, check.Migrations.Count, check.Migrations.Count < known.Count);
    }

    private async Task<IReadOnlyList<string>> KnownMigrationsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return [.. db.Database.GetMigrations()];
    }

    /// <summary>A consistent copy through SQLite's backup API (the file may have its own -wal).</summary>
    private static async Task CopyAsync(string from, string to, CancellationToken ct)
    {
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = from, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = to, Pooling = false }.ToString());
        await source.OpenAsync(ct);
        await destination.OpenAsync(ct);
        source.BackupDatabase(destination);
    }

    /// <summary>Folds the live write-ahead log into the file, so the kept copy is whole on its own.</summary>
    private static async Task CheckpointAsync(string live, CancellationToken ct)
    {
        if (!File.Exists(live))
        {
            return;
        }
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = live, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync(ct);
    }
}
