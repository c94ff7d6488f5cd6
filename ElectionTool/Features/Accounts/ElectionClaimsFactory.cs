using System.Security.Claims;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Settings;
using ElectionTool.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Accounts;

/// <summary>Puts the user's office, name and pending account steps into the sign-in cookie.</summary>
public sealed class ElectionClaimsFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    DistrictSettingsService settings)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ElectionClaims.FullName, user.FullName));
        if (user.OfficeId is int officeId)
        {
            identity.AddClaim(new Claim(ElectionClaims.OfficeId, officeId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(ElectionClaims.MustChangePassword, "true"));
        }
        if (await AccountGate.MustEnableTwoFactorAsync(UserManager, settings, user))
        {
            identity.AddClaim(new Claim(ElectionClaims.MustEnableTwoFactor, "true"));
        }
        return identity;
    }
}
