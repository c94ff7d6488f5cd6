using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ElectionTool.Data.Providers;

/// <summary>SQLite: one file, one writer; the default for a district.</summary>
public sealed class SqliteEngine : DatabaseEngine
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string MigrationsNamespace => "ElectionTool.Data.Migrations";

    public override void Configure(DbContextOptionsBuilder options, string connectionString) => options.UseSqlite(connectionString);

    public override string Resolve(string connectionString, string settingsDirectory) =>
        Hosting.SettingsLocation.ResolveSqlite(connectionString, settingsDirectory);

    public override async Task PrepareAsync(DatabaseFacade database, CancellationToken ct) =>
        // WAL lets dashboards read while operators write; it is a property of the file, set once.
        await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

    public override async Task<(DbConnection Connection, DbTransaction Transaction)> BeginWriteAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using (var pragma = connection.CreateCommand())
            {
                // As EF does on its connections: the foreign keys (and their cascades) hold for these writes too.
                pragma.CommandText = "PRAGMA foreign_keys = ON;";
                await pragma.ExecuteNonQueryAsync(ct);
            }
            // BEGIN IMMEDIATE: take the one write lock now rather than fail to upgrade a read lock later.
            return (connection, connection.BeginTransaction(deferred: false));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override bool IsUniqueClash(Exception e) =>
        e is SqliteException { SqliteErrorCode: 19 } s && s.Message.Contains("UNIQUE", StringComparison.Ordinal);

    public override bool FailedStatementAbortsTransaction => false;

    public override string LockRowsClause => "";

    public override void Prepare(DbCommand command) => command.Prepare();

    public override string DateIn(DbCommand command, string column, string name, IEnumerable<DateOnly> dates)
    {
        // SQLite keeps dates as yyyy-MM-dd text; one JSON array parameter instead of a parameter per date.
        command.AddParameter(name, JsonSerializer.Serialize(dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        return $"{column} IN (SELECT value FROM json_each({name}))";
    }

    public override string InsertUnlessPresent(string intoAndValues) => "INSERT OR IGNORE INTO " + intoAndValues;

    public override string CountStaffTriggers => StaffCountSql.CountTriggers;

    public override string ReinstallStaffTriggers => StaffCountSql.Reinstall;
}
