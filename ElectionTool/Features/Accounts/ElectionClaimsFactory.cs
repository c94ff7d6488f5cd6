using System.Security.Claims;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Accounts.Gate;
using ElectionTool.Features.Settings;
using ElectionTool.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Accounts;

/// <summary>
/// Puts the user's roles, office and name into the sign-in cookie — or, while an account step is pending, only
/// who they are and that step: no role, no office, so nothing but the account page authorizes them.
/// </summary>
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
        var step = await AccountSteps.PendingAsync(UserManager, settings, user);
        if (step != AccountStep.None)
        {
            var keep = new[] { Options.ClaimsIdentity.UserIdClaimType, Options.ClaimsIdentity.UserNameClaimType, Options.ClaimsIdentity.SecurityStampClaimType };
            foreach (var claim in identity.Claims.Where(c => !keep.Contains(c.Type)).ToList())
            {
                identity.RemoveClaim(claim);
            }
            identity.AddClaim(new Claim(ElectionClaims.AccountStep, step.ToString()));
            return identity;
        }
        identity.AddClaim(new Claim(ElectionClaims.FullName, user.FullName));
        if (user.OfficeId is int officeId)
        {
            identity.AddClaim(new Claim(ElectionClaims.OfficeId, officeId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return identity;
    }
}
