using System.Security.Claims;
using System.Threading.RateLimiting;
using ElectionTool.Features.Integrations;
using ElectionTool.Hosting;
using Microsoft.AspNetCore.Authentication;
using Scalar.AspNetCore;

namespace ElectionTool.Features.Api;

/// <summary>Options of the API (section "Api" of appsettings.json).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Calls each integration's key may make per minute; more are answered 429.</summary>
    public int PermitsPerMinute { get; set; } = 120;
}

/// <summary>Policies of the API: each is a scope of an integration's key, checked only against the API key scheme.</summary>
public static class ApiPolicies
{
    public const string StatusRead = "Api:" + IntegrationScopes.StatusRead;
    public const string StaffRead = "Api:" + IntegrationScopes.StaffRead;
    public const string StaffWrite = "Api:" + IntegrationScopes.StaffWrite;
    public const string DrawRead = "Api:" + IntegrationScopes.DrawRead;
    public const string RateLimit = "api-key";
}

/// <summary>The versioned REST API for outside software: authentication, policies, rate limit, OpenAPI and endpoints.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddElectionApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        var authorization = services.AddAuthorizationBuilder();
        foreach (var (policy, scope) in new[]
        {
            (ApiPolicies.StatusRead, IntegrationScopes.StatusRead), (ApiPolicies.StaffRead, IntegrationScopes.StaffRead),
            (ApiPolicies.StaffWrite, IntegrationScopes.StaffWrite), (ApiPolicies.DrawRead, IntegrationScopes.DrawRead),
        })
        {
            authorization.AddPolicy(policy, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser().RequireClaim(IntegrationClaims.Scope, scope));
        }
        services.AddProblemDetails();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ApiPolicies.RateLimit, context =>
            {
                var permits = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value.PermitsPerMinute;
                // A recognised key is limited as itself; anything else (no key, a wrong or revoked one) by the caller's address.
                var caller = context.User.FindFirstValue(IntegrationClaims.Id) is { } id
                    ? "key:" + id
                    : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                return RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, permits),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                const string reason = "This integration's key has used its calls for this minute. Wait a minute and try again.";
                await ApiRefusalAudit.RecordAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, reason);
                await ApiProblem.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests", reason);
            };
        });
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ElectionTool API";
                document.Info.Description = "Versioned REST API of the district's polling-personnel system. Send the integration's key as 'Authorization: Bearer <key>'.";
                return Task.CompletedTask;
            });
        });
        services.AddScoped<StaffUpsertService>();
        return services;
    }

    /// <summary>
    /// Settles which integration is calling before authorization, then applies the rate limit: a call refused for
    /// its scope (403) is counted against the key like any other, so a caller probing scopes is held to the same
    /// calls per minute as one using them.
    /// </summary>
    public static IApplicationBuilder UseApiRateLimiter(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/v1"))
            {
                var key = await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
                if (key.Succeeded)
                {
                    context.User = key.Principal;
                }
            }
            await next(context);
        });
        return app.UseRateLimiter();
    }

    public static IEndpointRouteBuilder MapElectionApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1")
            .RequireRateLimiting(ApiPolicies.RateLimit)
            .AddEndpointFilter<ApiAuditFilter>()
            .WithTags("v1");
        OfficesApi.Map(api);
        StaffApi.Map(api);
        DrawApi.Map(api);

        // The document and its reference page are for the Admin (cookie sign-in); they carry no personal data.
        endpoints.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization(Policies.Admin);
        endpoints.MapScalarApiReference("/api/reference", options => options
                .WithTitle("ElectionTool API")
                .AddDocument("v1")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp())
            .RequireAuthorization(Policies.Admin);
        return endpoints;
    }
}
