using ElectionTool.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Backup;

/// <summary>The live database's file, its companions (-wal, -shm, -journal), and paths compared by what they really point at.</summary>
public static class DatabaseFiles
{
    public static readonly string[] Companions = ["", "-wal", "-shm", "-journal"];

    public static string LivePath(IDbContextFactory<ElectionDbContext> dbFactory)
    {
        using var db = dbFactory.CreateDbContext();
        if (Data.Providers.DatabaseEngine.Of(db).Provider == Data.Providers.DatabaseProvider.PostgreSQL)
        {
            throw new InvalidOperationException(PostgreSqlBackup.HowTo(new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()),
                "backup.dump", "This database is PostgreSQL: its files are the server's, not the app's"));
        }
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return Path.GetFullPath(source);
    }

    /// <summary>True when <paramref name="path"/> is the live database or one of its companions, through symlinks or a relative path too.</summary>
    public static bool IsLiveFile(string path, string livePath)
    {
        var target = RealPath(path);
        var live = RealPath(livePath);
        return Companions.Any(suffix => string.Equals(target, live + suffix, PathComparison)
            || string.Equals(target, RealPath(livePath + suffix), PathComparison));
    }

    /// <summary>The absolute path with every symbolic link along it resolved (for a file that does not exist yet, its folder's).</summary>
    public static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is null || depth > 40)
        {
            return full;
        }
        var candidate = Path.Combine(RealPath(parent, depth + 1), Path.GetFileName(full));
        var info = new FileInfo(candidate);
        if (info.LinkTarget is { } link)
        {
            var target = Path.IsPathRooted(link) ? link : Path.Combine(Path.GetDirectoryName(candidate)!, link);
            return RealPath(target, depth + 1);
        }
        return candidate;
    }

    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
