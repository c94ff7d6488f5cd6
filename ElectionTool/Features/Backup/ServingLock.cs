using ElectionTool.Data;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Backup;

/// <summary>
/// While the app serves, it holds an exclusive lock on "DATABASE.serving" beside the database file; `restore`
/// takes the same lock first, so it cannot swap the file under a running app.
/// </summary>
public sealed class ServingLock(IDbContextFactory<ElectionDbContext> dbFactory, ILogger<ServingLock> logger) : IHostedService, IDisposable
{
    private FileStream? _held;

    public static string LockPath(string livePath) => livePath + ".serving";

    /// <summary>The lock, or null when another process (a running app) holds it.</summary>
    public static FileStream? TryTake(string livePath)
    {
        try
        {
            return new FileStream(LockPath(livePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        using (var db = dbFactory.CreateDbContext())
        {
            // PostgreSQL is served by several app servers at once by design; there is no file to guard.
            if (Data.Providers.DatabaseEngine.Of(db).Provider == Data.Providers.DatabaseProvider.PostgreSQL)
            {
                return Task.CompletedTask;
            }
        }
        var live = DatabaseFiles.LivePath(dbFactory);
        _held = TryTake(live);
        if (_held is null)
        {
            logger.LogWarning("Another ElectionTool already holds {LockFile}: two apps are serving one database", LockPath(live));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }
}
