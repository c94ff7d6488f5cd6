using ElectionTool.Data.Providers;
using Npgsql;

namespace ElectionTool.Tests.Features.ServerFarm;

/// <summary>The defaults the app adds to a PostgreSQL connection string, and that an operator's own settings win.</summary>
public sealed class PostgreSqlConnectionDefaultsTests
{
    [Fact]
    public void The_app_turns_JIT_off_and_prepares_repeated_statements_by_default()
    {
        var resolved = new NpgsqlConnectionStringBuilder(DatabaseEngine.PostgreSql.Resolve("Host=db.lan;Username=electiontool;Database=district", ""));

        Assert.Equal("-c jit=off", resolved.Options);
        Assert.Equal(100, resolved.MaxAutoPrepare);
        Assert.Equal(("db.lan", "electiontool", "district"), (resolved.Host, resolved.Username, resolved.Database));
    }

    [Fact]
    public void An_operators_own_Options_and_Max_Auto_Prepare_are_kept()
    {
        var resolved = new NpgsqlConnectionStringBuilder(DatabaseEngine.PostgreSql.Resolve(
            "Host=db.lan;Username=electiontool;Options=-c statement_timeout=60000;Max Auto Prepare=10", ""));

        Assert.Equal("-c statement_timeout=60000", resolved.Options);
        Assert.Equal(10, resolved.MaxAutoPrepare);
    }
}
