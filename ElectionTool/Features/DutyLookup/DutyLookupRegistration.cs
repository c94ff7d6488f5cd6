using Microsoft.Extensions.Options;

namespace ElectionTool.Features.DutyLookup;

/// <summary>The duty look-up and the SMS gateway it sends codes through (HTTP gateway or outbox, by setting).</summary>
public static class DutyLookupRegistration
{
    public static IServiceCollection AddDutyLookup(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmsOptions>(configuration.GetSection(SmsOptions.Section));
        services.AddHttpClient<HttpSmsGateway>(c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddScoped<OutboxSmsGateway>();
        services.AddScoped<ISmsGateway>(sp => sp.GetRequiredService<IOptions<SmsOptions>>().Value.UsesHttp
            ? sp.GetRequiredService<HttpSmsGateway>()
            : sp.GetRequiredService<OutboxSmsGateway>());
        services.AddScoped<DutyLookupService>();
        services.AddSingleton<DutySmsQueue>();
        services.AddHostedService<DutySmsSender>();
        services.AddSingleton<DutySession>();
        services.AddScoped<MyDutyReader>();
        return services;
    }
}
