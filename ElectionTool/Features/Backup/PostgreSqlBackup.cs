using System.Diagnostics;
using Npgsql;

namespace ElectionTool.Features.Backup;

/// <summary>
/// Backup on PostgreSQL: <c>pg_dump</c> in its custom format (consistent while the app serves; restore with
/// <c>pg_restore</c>). Without pg_dump on this server it says how to back up instead of copying anything.
/// </summary>
public static class PostgreSqlBackup
{
    public static async Task<BackupResult> RunAsync(string connectionString, string outputPath, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var csb = new NpgsqlConnectionStringBuilder(connectionString);
        var pgDump = Find() ?? throw new InvalidOperationException(HowTo(csb, outputPath, "pg_dump is not installed on this server"));
        var target = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + $".partial-{Guid.NewGuid():N}";
        try
        {
            var start = new ProcessStartInfo(pgDump) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { "--format=custom", "--no-owner", "--file", temporary, "--host", csb.Host ?? "localhost", "--port", csb.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", csb.Username ?? Environment.UserName, "--dbname", csb.Database ?? "" })
            {
                start.ArgumentList.Add(argument);
            }
            if (!string.IsNullOrEmpty(csb.Password))
            {
                start.Environment["PGPASSWORD"] = csb.Password;
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException(HowTo(csb, outputPath, "pg_dump could not be started"));
            var errors = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pg_dump failed (exit {process.ExitCode}): {(await errors).Trim()} Nothing was written to {target}.");
            }
            File.Move(temporary, target, overwrite: true);
            return new BackupResult(target, new FileInfo(target).Length, await CountTablesAsync(connectionString, ct), watch.Elapsed);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>What to run instead, with this database's own host, port, user and name.</summary>
    public static string HowTo(NpgsqlConnectionStringBuilder csb, string outputPath, string why) =>
        $"{why}. On PostgreSQL, back up with pg_dump (Debian package postgresql-client): "
        + $"pg_dump --format=custom --host {csb.Host} --port {csb.Port} --username {csb.Username} --dbname {csb.Database} --file {outputPath} "
        + "and restore with pg_restore --clean --dbname ... FILE; or use your data centre's usual PostgreSQL backup (base backups, WAL archiving).";

    private static string? Find()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            folders.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")));
        }
        var name = OperatingSystem.IsWindows() ? "pg_dump.exe" : "pg_dump";
        return folders.Select(f => Path.Combine(f, name)).FirstOrDefault(File.Exists);
    }

    private static async Task<int> CountTablesAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
