using ElectionTool.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>
/// A real SQLite database in a temporary file, migrated like production. Each test gets its own; the file is
/// deleted when the test ends.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<ElectionDbContext>, IAsyncDisposable
{
    private readonly DbContextOptions<ElectionDbContext> _options;

    private TestDatabase(string path)
    {
        Path = path;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        _options = new DbContextOptionsBuilder<ElectionDbContext>().UseSqlite(ConnectionString).Options;
    }

    public string Path { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var db = new TestDatabase(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"electiontool-test-{Guid.NewGuid():N}.db"));
        await using var context = db.CreateDbContext();
        await context.Database.MigrateAsync();
        return db;
    }

    public ElectionDbContext CreateDbContext() => new(_options);

    public ValueTask DisposeAsync()
    {
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
        return ValueTask.CompletedTask;
    }
}
