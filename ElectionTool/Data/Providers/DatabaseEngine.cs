using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ElectionTool.Data.Providers;

/// <summary>The databases the app runs on: SQLite (one district, one file; the default) or PostgreSQL (a state, several app servers).</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

/// <summary>
/// The one home of everything that differs between SQLite and PostgreSQL: how a context connects and finds its own
/// migrations, what to set up after migrating, how a staff write opens its transaction, how a UNIQUE clash looks,
/// and the few statements that are not plain SQL in both. Everything else is the same code on both.
/// </summary>
public abstract class DatabaseEngine
{
    public const string Section = "Database";

    public static readonly DatabaseEngine Sqlite = new SqliteEngine();
    public static readonly DatabaseEngine PostgreSql = new PostgreSqlEngine();

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The namespace (and folder under Data/Migrations) of this provider's migrations.</summary>
    public abstract string MigrationsNamespace { get; }

    public static DatabaseEngine For(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSQL ? PostgreSql : Sqlite;

    /// <summary>The engine named by <c>Database:Provider</c> (Sqlite when unset); a misspelt name is refused with the choices.</summary>
    public static DatabaseEngine FromSetting(string? name) =>
        string.IsNullOrWhiteSpace(name) ? Sqlite
        : Enum.TryParse<DatabaseProvider>(name.Trim(), ignoreCase: true, out var provider) ? For(provider)
        : name.Trim().Equals("Postgres", StringComparison.OrdinalIgnoreCase) ? PostgreSql
        : throw new InvalidOperationException($"Database:Provider '{name}' is not known: use Sqlite or PostgreSQL."); // English: a start-up error for whoever configures the server

    /// <summary>The engine a context runs on.</summary>
    public static DatabaseEngine Of(DbContext db) => Of(db.Database);

    public static DatabaseEngine Of(Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database) =>
        database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL" ? PostgreSql : Sqlite;

    /// <summary>Points the context at the database and at this provider's own migrations.</summary>
    /// <remarks>The context itself picks this provider's migrations (see <see cref="ProviderMigrationsAssembly"/>).</remarks>
    public abstract void Configure(DbContextOptionsBuilder options, string connectionString);

    /// <summary>The connection string as this engine wants it (SQLite: the file made absolute from the settings folder).</summary>
    public abstract string Resolve(string connectionString, string settingsDirectory);

    /// <summary>Runs once after migrating, at every start (SQLite: WAL; PostgreSQL: nothing).</summary>
    public abstract Task PrepareAsync(DatabaseFacade database, CancellationToken ct);

    /// <summary>Opens a connection for a staff write and begins its transaction (SQLite: foreign keys on, BEGIN IMMEDIATE).</summary>
    public abstract Task<(DbConnection Connection, DbTransaction Transaction)> BeginWriteAsync(string connectionString, CancellationToken ct);

    /// <summary>True when the exception is a UNIQUE index refusing a row.</summary>
    public abstract bool IsUniqueClash(Exception e);

    /// <summary>
    /// What ends a SELECT that locks the rows it reads until the transaction ends (PostgreSQL: <c>FOR NO KEY UPDATE</c>;
    /// SQLite: nothing, its write transaction already holds the one write lock). Writers lock the office row first so
    /// they all take their locks in the same order: the office, then its staff rows and staff counts.
    /// </summary>
    public abstract string LockRowsClause { get; }

    /// <summary>
    /// True when the database undid the whole transaction because two writers waited on each other (PostgreSQL's
    /// deadlock or serialization failure): running the transaction again from the start then succeeds.
    /// </summary>
    public virtual bool IsTransientConflict(Exception e) => false;

    /// <summary>
    /// The one place a write transaction is run again after a transient conflict (<see cref="IsTransientConflict"/>):
    /// <paramref name="transaction"/> must do its whole work, from opening the transaction to committing it.
    /// </summary>
    public async Task<T> RetryOnConflictAsync<T>(Func<CancellationToken, Task<T>> transaction, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await transaction(ct);
            }
            catch (Exception e) when (attempt < ConflictAttempts && IsTransientConflict(e))
            {
                // A short random pause so the two writers do not meet again at the same instant.
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), ct);
            }
        }
    }

    private const int ConflictAttempts = 5;

    /// <summary>
    /// PostgreSQL aborts the whole transaction at a failed statement; SQLite undoes the statement only. Where a
    /// failure is expected and handled (a UNIQUE clash), PostgreSQL needs a savepoint around the statement.
    /// </summary>
    public abstract bool FailedStatementAbortsTransaction { get; }

    /// <summary>Prepares a command that runs many times (Npgsql prepares by itself once values are bound).</summary>
    public abstract void Prepare(DbCommand command);

    /// <summary>SQL for "column IN (the dates)", binding the dates as one parameter named <paramref name="name"/>.</summary>
    public abstract string DateIn(DbCommand command, string column, string name, IEnumerable<DateOnly> dates);

    /// <summary>An INSERT ... VALUES (...) that leaves an existing row (same key) alone.</summary>
    public abstract string InsertUnlessPresent(string intoAndValues);

    /// <summary>A scalar query (one column named Value) counting the staff-count triggers present.</summary>
    public abstract string CountStaffTriggers { get; }

    /// <summary>Drops and creates the four staff-count triggers, then recounts.</summary>
    public abstract string ReinstallStaffTriggers { get; }
}
