using ElectionTool.Data;
using ElectionTool.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>
/// A real database, migrated like production: a temporary SQLite file, or (ELECTIONTOOL_TEST_PROVIDER=PostgreSQL)
/// a throw-away PostgreSQL database. Each test gets its own; it is deleted when the test ends.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<ElectionDbContext>, IAsyncDisposable
{
    private readonly DbContextOptions<ElectionDbContext> _options;

    private TestDatabase(DatabaseProvider provider, string connectionString, string path)
    {
        Provider = provider;
        Path = path;
        ConnectionString = connectionString;
        var options = new DbContextOptionsBuilder<ElectionDbContext>();
        DatabaseEngine.For(provider).Configure(options, ConnectionString);
        _options = options.Options;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file (empty on PostgreSQL).</summary>
    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>The settings that point the app at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Default"] = ConnectionString,
    };

    public static Task<TestDatabase> CreateAsync() => CreateAsync(TestProvider.Current);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSQL)
        {
            return new TestDatabase(provider, await PostgreSqlDatabases.CreateAsync(), "");
        }
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"electiontool-test-{Guid.NewGuid():N}.db");
        var db = new TestDatabase(provider, new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString(), path);
        await using var context = db.CreateDbContext();
        await context.Database.MigrateAsync();
        return db;
    }

    /// <summary>An existing database (e.g. the target of a move); dropped or deleted when disposed, like a created one.</summary>
    public static TestDatabase Existing(DatabaseProvider provider, string connectionString) =>
        new(provider, connectionString, provider == DatabaseProvider.Sqlite ? new SqliteConnectionStringBuilder(connectionString).DataSource : "");

    public ElectionDbContext CreateDbContext() => new(_options);

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSQL)
        {
            await PostgreSqlDatabases.DropAsync(ConnectionString);
            return;
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(Path + suffix);
            }
            catch (IOException)
            {
                // A file still open by a background reader is left for the OS temp cleaner.
            }
        }
    }
}
