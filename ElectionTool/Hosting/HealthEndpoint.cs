using ElectionTool.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ElectionTool.Hosting;

/// <summary>
/// <c>/health</c> for the load balancer (and the IT cell's monitoring): 200 "Healthy" while this server can read its
/// database, 503 "Unhealthy" when it cannot, so the balancer stops sending users to it. Anonymous by design: it
/// says nothing about the data.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/health";

    public static IServiceCollection AddHealthEndpoint(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { AllowCachingResponses = false }).AllowAnonymous();
        return app;
    }
}

/// <summary>The database answers a query on a real table (the server is up and the schema is there), on either provider.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<ElectionDbContext> dbFactory, ILogger<DatabaseHealthCheck> log) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.Offices.AsNoTracking().AnyAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "Health check: the database did not answer");
            return HealthCheckResult.Unhealthy("The database did not answer."); // English: for the load balancer and the IT cell's monitoring
        }
    }
}
