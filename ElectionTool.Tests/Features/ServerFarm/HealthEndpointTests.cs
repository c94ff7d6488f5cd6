using System.Net;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.ServerFarm;

/// <summary>The load balancer's <c>/health</c>: anonymous, and it follows the database (SQLite here, PostgreSQL in CI's second run).</summary>
[Trait("Database", "Both")]
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Health_answers_healthy_to_anyone_while_the_database_answers()
    {
        var response = await _app.NewClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "");
    }

    [Fact]
    public async Task Health_answers_503_when_the_database_no_longer_answers()
    {
        Assert.Equal(HttpStatusCode.OK, (await _app.NewClient().GetAsync("/health")).StatusCode);
        // The offices table gone stands for a database the server can no longer read.
        await _app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Offices\" RENAME TO \"OfficesGone\""));

        var response = await _app.NewClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
