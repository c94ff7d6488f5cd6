using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Accounts.Gate;

/// <summary>
/// Adds <see cref="AccountReadyRequirement"/> to every policy the app names, and to the default and fallback
/// policies, so a page or endpoint added later carries the account gate. (Inline policies and role-only
/// [Authorize(Roles = ...)] do not pass through here; <see cref="AccountReadyHandler"/> refuses those too.)
/// </summary>
public sealed class AccountGatedPolicyProvider(IOptions<AuthorizationOptions> options) : IAuthorizationPolicyProvider
{
    private readonly DefaultAuthorizationPolicyProvider _inner = new(options);
    private readonly ConcurrentDictionary<string, AuthorizationPolicy> _gated = new();
    private AuthorizationPolicy? _default;
    private AuthorizationPolicy? _fallback;

    public bool AllowsCachingPolicies => true;

    public async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (_gated.TryGetValue(policyName, out var cached))
        {
            return cached;
        }
        var policy = await _inner.GetPolicyAsync(policyName);
        return policy is null ? null : _gated.GetOrAdd(policyName, Gate(policy));
    }

    public async Task<AuthorizationPolicy> GetDefaultPolicyAsync() =>
        _default ??= Gate(await _inner.GetDefaultPolicyAsync());

    public async Task<AuthorizationPolicy?> GetFallbackPolicyAsync() =>
        _fallback ??= Gate(await _inner.GetFallbackPolicyAsync() ?? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

    public static AuthorizationPolicy Gate(AuthorizationPolicy policy) =>
        policy.Requirements.Contains(AccountReadyRequirement.Instance)
            ? policy
            : new AuthorizationPolicyBuilder().Combine(policy).AddRequirements(AccountReadyRequirement.Instance).Build();
}
