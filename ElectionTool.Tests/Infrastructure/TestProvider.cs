using ElectionTool.Data.Providers;
using Npgsql;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>
/// Which database the database-facing tests run on. SQLite unless <c>ELECTIONTOOL_TEST_PROVIDER=PostgreSQL</c>
/// (CI's second run, see .ci/run), which takes its server from <c>ELECTIONTOOL_TEST_PG</c> (a connection
/// string to a server where the user may create databases).
/// </summary>
public static class TestProvider
{
    public const string ProviderVariable = "ELECTIONTOOL_TEST_PROVIDER";
    public const string ServerVariable = "ELECTIONTOOL_TEST_PG";

    /// <summary>Tests that run on both databases (CI runs them again on PostgreSQL): <c>[Trait(TestProvider.Trait, TestProvider.Both)]</c>.</summary>
    public const string Trait = "Database";
    public const string Both = "Both";

    /// <summary>Tests that only make sense on PostgreSQL (the move, several servers): <c>[Trait("Category", "PostgreSQL")]</c>.</summary>
    public const string PostgreSqlCategory = "PostgreSQL";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    public static DatabaseProvider Current =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "PostgreSQL", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.PostgreSQL
            : DatabaseProvider.Sqlite;

    public static string ServerConnection =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured ? configured : "Host=127.0.0.1;Port=5432;Username=postgres";

    /// <summary>Why no PostgreSQL test can run here, or null when a server answers.</summary>
    public static string? PostgreSqlUnavailable => Unavailable.Value;

    private static string? Probe()
    {
        try
        {
            var csb = new NpgsqlConnectionStringBuilder(ServerConnection) { Timeout = 15, Pooling = false };
            using var connection = new NpgsqlConnection(csb.ToString());
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return $"No PostgreSQL server at '{ServerConnection}' ({e.Message.Split('\n')[0]}). Set {ServerVariable} to a server's connection string, or run .ci/run, which starts one.";
        }
    }
}

/// <summary>A test that needs a PostgreSQL server; skipped with the reason when none answers.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (TestProvider.PostgreSqlUnavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
