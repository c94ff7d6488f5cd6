using Microsoft.Data.Sqlite;

namespace ElectionTool.Hosting;

/// <summary>
/// Finds the one settings file an operator edits: appsettings.json at the repository root in a source
/// checkout, or beside the binaries in a published folder. Relative paths in it (the database) are
/// taken from that folder, so the app finds the same database whatever directory it is started from.
/// </summary>
public static class SettingsLocation
{
    public const string FileName = "appsettings.json";

    public static string FindDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ElectionTool.sln")) && File.Exists(Path.Combine(dir.FullName, FileName)))
                {
                    return dir.FullName;
                }
            }
        }
        return AppContext.BaseDirectory;
    }

    /// <summary>Makes a SQLite file path absolute (relative to the settings folder) and creates its folder.</summary>
    public static string ResolveSqlite(string connectionString, string settingsDirectory)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        var source = csb.DataSource;
        var inMemory = source == ":memory:" || csb.Mode == SqliteOpenMode.Memory;
        if (!inMemory && !string.IsNullOrEmpty(source))
        {
            if (!Path.IsPathRooted(source))
            {
                source = Path.GetFullPath(Path.Combine(settingsDirectory, source));
                csb.DataSource = source;
            }
            var folder = Path.GetDirectoryName(source);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        return csb.ToString();
    }
}
