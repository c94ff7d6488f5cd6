using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace ElectionTool.Features.Auditing;

/// <summary>Who is acting, for the audit log: the signed-in user in a page or request, "cli" on the command line.</summary>
public sealed class CurrentUser(IServiceProvider services)
{
    private string? _override;
    private bool _overrideSeesWholeDistrict;

    /// <summary>Used by the command line, which acts for the IT cell without a sign-in (and sees the whole district).</summary>
    public void ActAs(string name, bool seesWholeDistrict = false) => (_override, _overrideSeesWholeDistrict) = (name, seesWholeDistrict);

    /// <summary>
    /// True for the Admin and the IT cell's command line: they may see who holds a person in another office.
    /// Everyone else learns only the office code and phone.
    /// </summary>
    public async Task<bool> SeesWholeDistrictAsync() =>
        _override is not null ? _overrideSeesWholeDistrict : (await GetPrincipalAsync()).IsInRole(Hosting.Roles.Admin);

    /// <summary>True on the command line (and in service tests), which act for the IT cell with the Admin's powers.</summary>
    public bool ActsForItCell => _override is not null;

    public async Task<bool> IsInRoleAsync(string role) => ActsForItCell || (await GetPrincipalAsync()).IsInRole(role);

    public async Task<ClaimsPrincipal> GetPrincipalAsync()
    {
        var http = services.GetService<IHttpContextAccessor>()?.HttpContext;
        if (http?.User.Identity?.IsAuthenticated == true)
        {
            return http.User;
        }
        var auth = services.GetService<AuthenticationStateProvider>();
        if (auth is not null)
        {
            try
            {
                return (await auth.GetAuthenticationStateAsync()).User;
            }
            catch (InvalidOperationException)
            {
                // Outside a Blazor circuit there is no authentication state.
            }
        }
        return new ClaimsPrincipal(new ClaimsIdentity());
    }

    public async Task<string> GetNameAsync()
    {
        if (_override is not null)
        {
            return _override;
        }
        var principal = await GetPrincipalAsync();
        return principal.Identity?.Name ?? "system";
    }
}
