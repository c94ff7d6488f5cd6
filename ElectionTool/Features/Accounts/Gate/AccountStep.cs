using System.Security.Claims;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Settings;
using ElectionTool.Hosting;
using Microsoft.AspNetCore.Identity;

namespace ElectionTool.Features.Accounts.Gate;

/// <summary>What a signed-in user must do before anything else opens: change a one-time password, then (Admin, or a role the settings name) set up an authenticator.</summary>
public enum AccountStep
{
    None,
    ChangePassword,
    EnableTwoFactor,
}

/// <summary>The one place that decides a user's pending account step and where it is done.</summary>
public static class AccountSteps
{
    public const string ChangePasswordPath = "/Identity/Account/Manage/ChangePassword";
    public const string TwoFactorPath = "/Identity/Account/Manage/TwoFactorAuthentication";

    /// <summary>The step as the database says it is now.</summary>
    public static async Task<AccountStep> PendingAsync(UserManager<AppUser> users, DistrictSettingsService settings, AppUser user)
    {
        if (user.MustChangePassword)
        {
            return AccountStep.ChangePassword;
        }
        var needsTwoFactor = !await users.GetTwoFactorEnabledAsync(user)
            && await settings.RequiresTwoFactorAsync(await users.GetRolesAsync(user));
        return needsTwoFactor ? AccountStep.EnableTwoFactor : AccountStep.None;
    }

    /// <summary>The step as the sign-in cookie says it was when the cookie was issued.</summary>
    public static AccountStep Of(ClaimsPrincipal principal) =>
        principal.FindFirst(ElectionClaims.AccountStep)?.Value is { } value && Enum.TryParse<AccountStep>(value, out var step)
            ? step
            : AccountStep.None;

    public static string PagePath(AccountStep step) => step == AccountStep.EnableTwoFactor ? TwoFactorPath : ChangePasswordPath;
}
