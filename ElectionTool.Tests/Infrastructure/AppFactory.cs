using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>
/// The real app (Program) over a fresh real-SQLite file (or a throw-away PostgreSQL database, see <see cref="TestProvider"/>). In-process for HTTP tests; call
/// <see cref="StartOnRealPort"/> for browser tests, which need Kestrel on a loopback port.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test-Password-123";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"electiontool-app-{Guid.NewGuid():N}.db");
    private ElectionTool.Data.Providers.DatabaseProvider _provider = TestProvider.Current;
    private string? _connection;
    private bool _ownsDatabase = true;
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Election:RequireTwoFactorForAdmin"] = "false",
        ["District:Name"] = "Test District",
        // Test output shows what went wrong, not every request.
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
    };

    private TimeProvider? _clock;

    /// <summary>Runs the app on this clock instead of the system's.</summary>
    public AppFactory WithClock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    public AppFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Serves an existing database (e.g. one PostgreSQL database behind two app servers); it is not dropped here.</summary>
    public AppFactory OnDatabase(ElectionTool.Data.Providers.DatabaseProvider provider, string connectionString)
    {
        (_provider, _connection, _ownsDatabase) = (provider, connectionString, false);
        return this;
    }

    /// <summary>Starts Kestrel on a free loopback port and returns the address (e.g. http://127.0.0.1:41234).</summary>
    public string StartOnRealPort()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        return ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (_provider == ElectionTool.Data.Providers.DatabaseProvider.PostgreSQL)
        {
            _connection ??= PostgreSqlDatabases.CreateAsync().GetAwaiter().GetResult();
        }
        builder.UseSetting("Database:Provider", _provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", _connection ?? $"Data Source={_databasePath}");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_clock is { } clock)
        {
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithDbAsync(Func<ElectionDbContext, Task> work) =>
        WithScopeAsync(async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ElectionDbContext>>().CreateDbContextAsync();
            await work(db);
            return 0;
        });

    /// <summary>Creates a user with a known password in the given role.</summary>
    public Task<AppUser> CreateUserAsync(string userName, string role, int? officeId = null, bool mustChangePassword = false, string password = Password) =>
        WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser
            {
                UserName = userName,
                FullName = $"{userName} (test)",
                OfficeId = officeId,
                MustChangePassword = mustChangePassword,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            var result = await users.CreateAsync(user, password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            return user;
        });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_provider == ElectionTool.Data.Providers.DatabaseProvider.PostgreSQL)
        {
            if (_ownsDatabase && _connection is not null)
            {
                await PostgreSqlDatabases.DropAsync(_connection);
            }
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
