using ElectionTool.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace ElectionTool.Features.Accounts.Gate;

/// <summary>
/// Blazor's circuit hub is framework plumbing that the authorization policies do not cover on every version; a
/// user with a pending account step is refused a circuit outright, recognised by the hub's own endpoint metadata.
/// </summary>
public static class CircuitGate
{
    public static IApplicationBuilder UseCircuitGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.HasClaim(c => c.Type == ElectionClaims.AccountStep) && context.GetEndpoint()?.Metadata.GetMetadata<HubMetadata>() is not null)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            await next(context);
        });
}
