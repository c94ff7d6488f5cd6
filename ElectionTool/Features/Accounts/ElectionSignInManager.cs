using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Accounts;

/// <summary>
/// Identity's sign-in, plus: every failed sign-in, failed two-factor code and lockout goes to the audit log, and
/// signing out changes the security stamp so a copy of the old cookie is refused at its next check.
/// </summary>
public sealed class ElectionSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    AccountAudit audit)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var result = await base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure);
        if (!result.Succeeded && !result.RequiresTwoFactor && await UserManager.FindByNameAsync(userName) is null)
        {
            await audit.RecordAsync(userName, "Sign-in failed", userName, new { Reason = "no such user name" });
        }
        return result;
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure)
    {
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        await RecordFailureAsync(user, result, "wrong password"); // English: the audit log's reason
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        await RecordFailureAsync(user, result, "wrong authenticator code"); // English: the audit log's reason
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        await RecordFailureAsync(user, result, "wrong recovery code"); // English: the audit log's reason
        return result;
    }

    /// <summary>Every completed sign-in sets the browser's language to the one remembered on the account.</summary>
    public override Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        if (Language.AppCultures.Supported(user.Language) is { } language)
        {
            Language.LanguageCookie.Write(Context.Response, language);
        }
        return base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    public override async Task SignOutAsync()
    {
        if (Context.User.Identity?.IsAuthenticated == true && await UserManager.GetUserAsync(Context.User) is { } user)
        {
            await UserManager.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(user.UserName!, "Sign out", user.UserName!);
        }
        await base.SignOutAsync();
    }

    private async Task RecordFailureAsync(AppUser? user, SignInResult result, string reason)
    {
        if (user is null || result.Succeeded || result.RequiresTwoFactor)
        {
            return;
        }
        var name = user.UserName!;
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(name, "Sign-in refused: locked out", name, new { Reason = reason, LockedUntil = user.LockoutEnd });
        }
        else if (!result.IsNotAllowed)
        {
            await audit.RecordAsync(name, "Sign-in failed", name, new { Reason = reason, FailedAttempts = user.AccessFailedCount });
        }
    }
}
