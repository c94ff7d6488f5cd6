using ElectionTool.Features.Counting.Halls;

namespace ElectionTool.Features.Counting;

public static class CountingRegistration
{
    public static IServiceCollection AddCounting(this IServiceCollection services)
    {
        services.AddScoped<CountingHallService>();
        services.AddScoped<CountingSettingsService>();
        services.AddScoped<CountingInputBuilder>();
        services.AddScoped<CountingOutputService>();
        services.AddScoped<CountingReplacementService>();
        return services;
    }
}
