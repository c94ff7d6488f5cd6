using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ElectionTool.Features.Backup;

/// <summary>What a database file holds: whether SQLite's integrity check passes, its tables, and which migrations it has.</summary>
public sealed record DatabaseCheck(bool Intact, string IntegrityMessage, int Tables, IReadOnlyList<string> Migrations)
{
    public static async Task<DatabaseCheck> InspectAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            return new DatabaseCheck(false, "no such file", 0, []);
        }
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(ct);
            var integrity = string.Join("; ", await ListAsync(connection, "PRAGMA integrity_check", ct));
            var tables = Convert.ToInt32(await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'", ct), CultureInfo.InvariantCulture);
            var hasHistory = Convert.ToInt32(await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", ct), CultureInfo.InvariantCulture) > 0;
            var migrations = hasHistory ? await ListAsync(connection, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId", ct) : [];
            return new DatabaseCheck(integrity == "ok", integrity, tables, migrations);
        }
        catch (SqliteException e)
        {
            return new DatabaseCheck(false, e.Message, 0, []);
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
