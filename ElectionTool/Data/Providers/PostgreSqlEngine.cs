using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace ElectionTool.Data.Providers;

/// <summary>PostgreSQL: many writers, several app servers; for a state or a data centre that already runs it.</summary>
public sealed class PostgreSqlEngine : DatabaseEngine
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, NpgsqlDataSource> Sources = new(StringComparer.Ordinal);

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;

    public override string MigrationsNamespace => "ElectionTool.Data.Migrations.PostgreSQL";

    public override void Configure(DbContextOptionsBuilder options, string connectionString) => options.UseNpgsql(connectionString);

    /// <summary>
    /// Two defaults for the app's connections, each unless the connection string sets it itself. PostgreSQL's JIT is
    /// off: the app's queries are index walks and groupings that run for well under a second, and compiling them took
    /// longer than running them (the dashboard's couple count at a state's 1.8 million staff: 2.1 s with JIT,
    /// 0.85–1.1 s without). Npgsql prepares the statements it sees repeated (Max Auto Prepare): the write path's
    /// statements were parsed and planned again on every save (100 operators saving at once, p95 763 → 571 ms).
    /// </summary>
    public override string Resolve(string connectionString, string settingsDirectory)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c jit=off";
        }
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 100;
        }
        return builder.ConnectionString;
    }

    public override Task PrepareAsync(DatabaseFacade database, CancellationToken ct) => Task.CompletedTask;

    /// <summary>One pooled data source per connection string (the write path's own pool, as EF keeps its own).</summary>
    public static NpgsqlDataSource DataSource(string connectionString) => Sources.GetOrAdd(connectionString, c => NpgsqlDataSource.Create(c));

    public override async Task<(DbConnection Connection, DbTransaction Transaction)> BeginWriteAsync(string connectionString, CancellationToken ct)
    {
        var connection = await DataSource(connectionString).OpenConnectionAsync(ct);
        try
        {
            // Read committed: rows are claimed by their UNIQUE indexes and the office row's lock, not by a database-wide lock.
            return (connection, await connection.BeginTransactionAsync(ct));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override bool IsUniqueClash(Exception e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override bool FailedStatementAbortsTransaction => true;

    public override string LockRowsClause => " FOR NO KEY UPDATE";

    public override bool IsTransientConflict(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
            {
                return true;
            }
        }
        return false;
    }

    public override void Prepare(DbCommand command)
    {
        // Npgsql cannot prepare before the parameters have values; it prepares on first use when asked to.
    }

    public override string DateIn(DbCommand command, string column, string name, IEnumerable<DateOnly> dates)
    {
        command.AddParameter(name, dates.ToArray());
        return $"{column} = ANY({name})";
    }

    public override string InsertUnlessPresent(string intoAndValues) => "INSERT INTO " + intoAndValues + " ON CONFLICT DO NOTHING";

    public override string CountStaffTriggers => StaffCountSql.PostgreSql.CountTriggers;

    public override string ReinstallStaffTriggers => StaffCountSql.PostgreSql.Reinstall;
}
