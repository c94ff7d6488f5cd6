using ElectionTool.Hosting;
using Microsoft.AspNetCore.Authorization;

namespace ElectionTool.Features.Accounts.Gate;

/// <summary>Part of every named, default and fallback policy (see <see cref="AccountGatedPolicyProvider"/>): the account steps are done.</summary>
public sealed class AccountReadyRequirement : IAuthorizationRequirement
{
    public static readonly AccountReadyRequirement Instance = new();
}

/// <summary>Endpoint metadata: this page is where a user completes the given steps (and so may be reached before them).</summary>
public sealed class AccountStepPage(params AccountStep[] steps)
{
    public IReadOnlyList<AccountStep> Steps { get; } = steps;
}

/// <summary>
/// Runs in every authorization decision the app makes — named policies, inline policies on endpoints, role-only
/// [Authorize(Roles = ...)], the fallback policy, and AuthorizeRouteView inside a circuit. A user with a pending
/// account step fails all of them except on the account page that completes the step.
/// </summary>
public sealed class AccountReadyHandler : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (!context.User.HasClaim(c => c.Type == ElectionClaims.AccountStep) || IsPageForStep(context))
        {
            foreach (var ready in context.PendingRequirements.OfType<AccountReadyRequirement>().ToList())
            {
                context.Succeed(ready);
            }
            return Task.CompletedTask;
        }
        context.Fail(new AuthorizationFailureReason(this, $"Account step pending: {AccountSteps.Of(context.User)}")); // English: for the authorization log; the user is sent to the step's page
        return Task.CompletedTask;
    }

    // In a Blazor circuit the resource is the route, never an account page: refused.
    private static bool IsPageForStep(AuthorizationHandlerContext context)
    {
        var endpoint = context.Resource switch
        {
            HttpContext http => http.GetEndpoint(),
            Endpoint e => e,
            _ => null,
        };
        return endpoint?.Metadata.GetMetadata<AccountStepPage>() is { } page && page.Steps.Contains(AccountSteps.Of(context.User));
    }
}
