using ElectionTool.Cli;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Integrations;

/// <summary>`integrations create|rotate|revoke|list`: the key is printed once, only its hash is kept, rotation and revocation take effect.</summary>
public sealed class IntegrationsCliTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync() => _h = await ServiceHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var captured = new StringWriter();
        Console.SetOut(captured);
        Console.SetError(captured);
        try
        {
            return (await CommandLine.RunAsync(_h.Services, args), captured.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    private static string KeyIn(string output) =>
        output.Split('\n').Single(l => l.StartsWith("API key", StringComparison.Ordinal)).Split(": ")[1].Trim();

    [Fact]
    public async Task Create_prints_the_key_once_and_keeps_only_its_hash()
    {
        var (exit, output) = await RunAsync("integrations", "create", "--name", "payroll", "--scope", "status:read,draw:read", "--expires", "2099-12-31");

        Assert.Equal(0, exit);
        var key = KeyIn(output);
        Assert.StartsWith("etk_", key);
        await using (var db = _h.Db())
        {
            var stored = await db.Integrations.SingleAsync();
            Assert.Equal(ElectionTool.Features.Integrations.ApiKeys.Hash(key), stored.KeyHash);
        }

        var (listExit, list) = await RunAsync("integrations", "list");
        Assert.Equal(0, listExit);
        var row = list.Split('\n').Single(l => l.StartsWith("payroll,", StringComparison.Ordinal));
        Assert.Contains(",Active,", row);
        Assert.Contains("status:read", row);
        Assert.Contains("draw:read", row);
        Assert.Contains("2100-01-01", row);
        Assert.DoesNotContain(key, list);
    }

    [Fact]
    public async Task Rotate_replaces_the_key_and_revoke_marks_the_integration_revoked()
    {
        var first = KeyIn((await RunAsync("integrations", "create", "--name", "hrms", "--scope", "draw:read")).Output);

        var (rotateExit, rotated) = await RunAsync("integrations", "rotate", "--name", "hrms");
        Assert.Equal(0, rotateExit);
        var second = KeyIn(rotated);
        Assert.NotEqual(first, second);
        await using (var db = _h.Db())
        {
            Assert.Equal(ElectionTool.Features.Integrations.ApiKeys.Hash(second), (await db.Integrations.SingleAsync()).KeyHash);
        }

        Assert.Equal(0, (await RunAsync("integrations", "revoke", "--name", "hrms")).Exit);
        var (_, list) = await RunAsync("integrations", "list");
        Assert.Contains("hrms,Revoked,", list);
    }

    [Fact]
    public async Task Bad_input_exits_non_zero_with_a_message()
    {
        var (exit, output) = await RunAsync("integrations", "create", "--name", "x", "--scope", "staff:read", "--expires", "31-12-2099");
        Assert.NotEqual(0, exit);
        Assert.Contains("YYYY-MM-DD", output);
        Assert.NotEqual(0, (await RunAsync("integrations", "frobnicate")).Exit);
        Assert.NotEqual(0, (await RunAsync("integrations", "create", "--name", "y", "--scope", "everything")).Exit);
    }
}
