using System.Data.Common;
using ElectionTool.Data;
using ElectionTool.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ElectionTool.Features.DatabaseMove;

/// <summary>One table after the move: rows and checksum on each side.</summary>
public sealed record MovedTableCheck(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
{
    public bool Same => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

public sealed record MoveReport(IReadOnlyList<MovedTableCheck> Tables, TimeSpan Elapsed)
{
    public bool Verified => Tables.All(t => t.Same);
}

/// <summary>
/// The one-time move of a district from its SQLite file into an empty PostgreSQL database: the schema from the
/// PostgreSQL migrations, every table copied in one transaction (so a failed move leaves the target empty and can
/// be run again), the staff-count triggers put back without recounting, then every table counted and
/// checksummed on both sides. Stored draw runs move byte for byte, so they still verify.
/// </summary>
public sealed class DatabaseMoveService(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public async Task<MoveReport> MoveToPostgreSqlAsync(string targetConnection, Action<string> progress, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var sourceDb = await dbFactory.CreateDbContextAsync(ct);
        if (DatabaseEngine.Of(sourceDb).Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("Refused: this install already runs on PostgreSQL; migrate-to moves a SQLite database.");
        }
        var options = new DbContextOptionsBuilder<ElectionDbContext>();
        DatabaseEngine.PostgreSql.Configure(options, targetConnection);
        await using var targetDb = new ElectionDbContext(options.Options);
        var tables = MovedTable.InDependencyOrder(targetDb.Model.GetRelationalModel().Tables)
            .Select(t => new MovedTable(t)).ToList();

        await RefuseUnlessEmptyAsync(targetConnection, tables, ct);
        progress("Creating the schema (PostgreSQL migrations)...");
        await targetDb.Database.MigrateAsync(ct);

        var source = sourceDb.Database.GetDbConnection();
        await sourceDb.Database.OpenConnectionAsync(ct);
        // One read transaction: every table is read from the same moment, even if someone saves meanwhile.
        await using var reading = await source.BeginTransactionAsync(ct);
        await using (var target = new NpgsqlConnection(targetConnection))
        {
            await target.OpenAsync(ct);
            await using var writing = await target.BeginTransactionAsync(ct);
            // Counts are copied as they are; the triggers would count every copied employee a second time.
            await ExecuteAsync(target, StaffCountSql.PostgreSql.DropTriggers + "DELETE FROM \"StaffCounts\";", ct);
            foreach (var table in tables)
            {
                var rows = await table.CopyAsync(reading, target, ct);
                await table.ContinueNumberingAsync(target, ct);
                progress($"  {table.Name}: {rows:N0} rows");
            }
            await ExecuteAsync(target, StaffCountSql.PostgreSql.CreateTriggers, ct);
            await writing.CommitAsync(ct);
        }

        progress("Checking row counts and checksums...");
        var checks = new List<MovedTableCheck>();
        await using (var target = new NpgsqlConnection(targetConnection))
        {
            await target.OpenAsync(ct);
            foreach (var table in tables)
            {
                var (sourceRows, sourceSum) = await table.ChecksumAsync(source, reading, ct);
                var (targetRows, targetSum) = await table.ChecksumAsync(target, null, ct);
                checks.Add(new MovedTableCheck(table.Name, sourceRows, targetRows, sourceSum, targetSum));
            }
        }
        return new MoveReport(checks, watch.Elapsed);
    }

    /// <summary>The target must hold nothing: no tables, or only this app's tables with no rows (a move that failed half-way).</summary>
    private static async Task RefuseUnlessEmptyAsync(string targetConnection, IReadOnlyList<MovedTable> tables, CancellationToken ct)
    {
        await using var target = new NpgsqlConnection(targetConnection);
        try
        {
            await target.OpenAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            throw new InvalidOperationException($"Cannot open the target PostgreSQL database: {e.Message} Create it first, e.g. `createdb --owner electiontool electiontool`.", e);
        }
        var ours = tables.Select(t => t.Name).Append("__EFMigrationsHistory").ToHashSet(StringComparer.Ordinal);
        var present = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE' ORDER BY table_name", target))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                present.Add(reader.GetString(0));
            }
        }
        var foreign = present.Where(t => !ours.Contains(t)).ToList();
        if (foreign.Count > 0)
        {
            throw new InvalidOperationException($"Refused: the target database is not empty (it has {present.Count} tables, e.g. {string.Join(", ", foreign.Take(3))}). migrate-to copies into an empty database only.");
        }
        foreach (var table in present.Where(t => t != "__EFMigrationsHistory"))
        {
            await using var any = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{table}\")", target);
            if (await any.ExecuteScalarAsync(ct) is true)
            {
                throw new InvalidOperationException($"Refused: the target database is not empty (table {table} has rows). migrate-to copies into an empty database only; nothing was changed.");
            }
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
