using ElectionTool.Data;
using ElectionTool.Features.Auditing;
using ElectionTool.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>
/// The app's real service registrations over a fresh real-SQLite database, without a web server: for
/// service tests. Resolve services from <see cref="Services"/>; everything acts as <see cref="Actor"/>.
/// </summary>
public sealed class ServiceHarness : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AsyncServiceScope _scope;

    private ServiceHarness(WebApplication app, TestDatabase database)
    {
        _app = app;
        Database = database;
        _scope = app.Services.CreateAsyncScope();
        _scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(Actor);
    }

    public const string Actor = "test-admin";

    public TestDatabase Database { get; }
    public IServiceProvider Services => _scope.ServiceProvider;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public ElectionDbContext Db() => Database.CreateDbContext();

    public static async Task<ServiceHarness> CreateAsync(IDictionary<string, string?>? settings = null, TimeProvider? clock = null) =>
        await CreateAsync(await TestDatabase.CreateAsync(), settings, clock);

    /// <summary>The app's services over the given database (which the harness disposes).</summary>
    public static async Task<ServiceHarness> CreateAsync(TestDatabase database, IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.AddElectionTool();
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }
        var overrides = new Dictionary<string, string?>(database.Settings);
        foreach (var pair in settings ?? new Dictionary<string, string?>())
        {
            overrides[pair.Key] = pair.Value;
        }
        builder.Configuration.AddInMemoryCollection(overrides);
        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        }
        return new ServiceHarness(app, database);
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
