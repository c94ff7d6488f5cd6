using ElectionTool.Data.Entities;
using ElectionTool.Features.Settings;
using ElectionTool.Hosting;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Accounts.Gate;

/// <summary>
/// Re-checks an open Blazor circuit's sign-in every few seconds: a changed security stamp (signed out, password
/// reset) or a changed account step (e.g. the Admin 2FA requirement switched on) ends the circuit's sign-in, so
/// in-page navigation is refused from then on, as a new page request would be.
/// </summary>
public sealed class CircuitSignInCheck(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<SignInCheckOptions> session)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(Math.Max(1, session.Value.RevalidateSeconds));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            return await IsStillValidAsync(authenticationState);
        }
        catch (ObjectDisposedException)
        {
            // The app is stopping and its services are gone: the circuit closes with it, nothing to re-check.
            return true;
        }
    }

    private async Task<bool> IsStillValidAsync(AuthenticationState authenticationState)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principal = authenticationState.User;
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return false;
        }
        if (users.SupportsUserSecurityStamp)
        {
            var stampClaim = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
            if (principal.FindFirst(stampClaim)?.Value != await users.GetSecurityStampAsync(user))
            {
                return false;
            }
        }
        var settings = scope.ServiceProvider.GetRequiredService<DistrictSettingsService>();
        return await AccountSteps.PendingAsync(users, settings, user) == AccountSteps.Of(principal);
    }
}

/// <summary>The "Session" section of appsettings.json: how soon a signed-out or changed account is noticed.</summary>
public sealed class SignInCheckOptions
{
    public const string Section = "Session";

    /// <summary>How often a sign-in cookie and an open page are checked against the account (default 30 s).</summary>
    public int RevalidateSeconds { get; set; } = 30;

    public TimeSpan RevalidateInterval => TimeSpan.FromSeconds(Math.Max(0, RevalidateSeconds));
}
