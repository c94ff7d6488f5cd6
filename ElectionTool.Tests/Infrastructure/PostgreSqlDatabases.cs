using ElectionTool.Data;
using ElectionTool.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>
/// Throw-away databases on the test PostgreSQL server. The first one of a test run is migrated into a template;
/// every later one is a copy of it (CREATE DATABASE ... TEMPLATE), far quicker than migrating again. The template
/// is dropped when the test run ends.
/// </summary>
public static class PostgreSqlDatabases
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _template;

    /// <summary>A new database: migrated like production, or empty (no tables) for the move's target.</summary>
    public static async Task<string> CreateAsync(bool migrated = true)
    {
        if (TestProvider.PostgreSqlUnavailable is { } reason)
        {
            throw new InvalidOperationException(reason);
        }
        var name = $"et_test_{Guid.NewGuid():N}";
        await Gate.WaitAsync();
        try
        {
            var template = migrated ? await TemplateAsync() : null;
            await AdminAsync($"CREATE DATABASE \"{name}\"" + (template is null ? "" : $" TEMPLATE \"{template}\""));
        }
        finally
        {
            Gate.Release();
        }
        return ConnectionTo(name);
    }

    public static string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder(TestProvider.ServerConnection) { Database = database }.ToString();

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<string> TemplateAsync()
    {
        if (_template is not null)
        {
            return _template;
        }
        var name = $"et_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];
        await AdminAsync($"CREATE DATABASE \"{name}\"");
        var options = new DbContextOptionsBuilder<ElectionDbContext>();
        DatabaseEngine.PostgreSql.Configure(options, ConnectionTo(name));
        await using (var db = new ElectionDbContext(options.Options))
        {
            await db.Database.MigrateAsync();
        }
        // A template must have no open connections while it is copied.
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
        return _template = name;
    }

    private static async Task AdminAsync(string sql)
    {
        var csb = new NpgsqlConnectionStringBuilder(TestProvider.ServerConnection) { Pooling = false };
        await using var connection = new NpgsqlConnection(csb.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
