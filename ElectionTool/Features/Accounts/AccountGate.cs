using ElectionTool.Data.Entities;
using ElectionTool.Features.Settings;
using ElectionTool.Hosting;
using Microsoft.AspNetCore.Identity;

namespace ElectionTool.Features.Accounts;

/// <summary>
/// Keeps a signed-in user on the account pages until the required steps are done: change a one-time
/// password, and (for Admin, when the setting says so) turn on two-factor sign-in.
/// </summary>
public sealed class AccountGate(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Identity/Account/Manage/ChangePassword";
    public const string TwoFactorPath = "/Identity/Account/Manage/TwoFactorAuthentication";

    private static readonly string[] AlwaysOpen =
    [
        "/Identity/Account/Logout", "/Identity/Account/AccessDenied", "/Identity/Account/Lockout",
        "/_framework", "/_content", "/_blazor",
    ];

    private static readonly string[] TwoFactorSetup =
    [
        TwoFactorPath, "/Identity/Account/Manage/EnableAuthenticator", "/Identity/Account/Manage/ShowRecoveryCodes",
        "/Identity/Account/Manage/GenerateRecoveryCodes", "/Identity/Account/Manage/ResetAuthenticator",
    ];

    public static async Task<bool> MustEnableTwoFactorAsync(UserManager<AppUser> users, DistrictSettingsService settings, AppUser user) =>
        !await users.GetTwoFactorEnabledAsync(user)
        && await users.IsInRoleAsync(user, Roles.Admin)
        && await settings.RequireTwoFactorForAdminAsync();

    public async Task InvokeAsync(HttpContext context, UserManager<AppUser> users, SignInManager<AppUser> signIn, DistrictSettingsService settings)
    {
        var principal = context.User;
        var pendingPassword = principal.HasClaim(ElectionClaims.MustChangePassword, "true");
        var pendingTwoFactor = principal.HasClaim(ElectionClaims.MustEnableTwoFactor, "true");
        if (principal.Identity?.IsAuthenticated != true || (!pendingPassword && !pendingTwoFactor) || IsOpen(context.Request.Path, AlwaysOpen))
        {
            await next(context);
            return;
        }

        // The cookie may be stale: the step may have been done on an account page since it was issued.
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            await signIn.SignOutAsync();
            context.Response.Redirect("/Identity/Account/Login");
            return;
        }
        pendingPassword = user.MustChangePassword;
        pendingTwoFactor = await MustEnableTwoFactorAsync(users, settings, user);
        if (!pendingPassword && !pendingTwoFactor)
        {
            await signIn.RefreshSignInAsync(user);
            context.Response.Redirect(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
            return;
        }

        var path = context.Request.Path;
        if (pendingPassword && !path.StartsWithSegments(ChangePasswordPath))
        {
            context.Response.Redirect(context.Request.PathBase + ChangePasswordPath);
            return;
        }
        if (!pendingPassword && pendingTwoFactor && !IsOpen(path, TwoFactorSetup))
        {
            context.Response.Redirect(context.Request.PathBase + TwoFactorPath);
            return;
        }
        await next(context);
    }

    // Static files (anything with an extension) are never gated: the account pages need their CSS.
    private static bool IsOpen(PathString path, IEnumerable<string> prefixes) =>
        Path.HasExtension(path.Value) || prefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)
            || path.Value?.StartsWith(p, StringComparison.OrdinalIgnoreCase) == true);
}
