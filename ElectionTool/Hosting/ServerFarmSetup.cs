using ElectionTool.Data;
using ElectionTool.Data.Providers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace ElectionTool.Hosting;

/// <summary>
/// What several app servers on one PostgreSQL database must share. On SQLite (one server) nothing changes: the
/// data-protection keys stay in the server's own key folder.
/// </summary>
public static class ServerFarmSetup
{
    public const string ApplicationName = "ElectionTool";

    public static IServiceCollection AddServerFarm(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddHealthEndpoint();
        services.AddSingleton<ServerFarmRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<ServerFarmRelay>());
        // Decided when the options are first read, so a test host's or the command line's Database:Provider counts.
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            if (OnPostgreSql(sp))
            {
                // Sign-in cookies and antiforgery tokens issued by one server are read by every other.
                options.XmlRepository = new EntityFrameworkCoreXmlRepository<ElectionDbContext>(sp, sp.GetRequiredService<ILoggerFactory>());
            }
        }));
        services.AddSingleton<IConfigureOptions<DataProtectionOptions>>(sp => new ConfigureOptions<DataProtectionOptions>(options =>
        {
            if (OnPostgreSql(sp))
            {
                // The default discriminator is the install folder, which differs between servers.
                options.ApplicationDiscriminator = ApplicationName;
            }
        }));
        return services;
    }

    public static bool OnPostgreSql(IServiceProvider services) =>
        DatabaseEngine.FromSetting(services.GetRequiredService<IConfiguration>()[$"{DatabaseEngine.Section}:Provider"]).Provider == DatabaseProvider.PostgreSQL;
}
