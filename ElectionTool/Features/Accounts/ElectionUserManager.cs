using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Accounts;

/// <summary>
/// Clears the "must change password" mark once the user has chosen their own password, and records password and
/// two-factor changes in the audit log whichever page or command makes them.
/// </summary>
public sealed class ElectionUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    /// <summary>
    /// Accounts here have user names, rarely e-mail; the authenticator page labels the account with this value
    /// (and fails on null), so the user name stands in.
    /// </summary>
    public override async Task<string?> GetEmailAsync(AppUser user) => await base.GetEmailAsync(user) ?? user.UserName;

    public override async Task<IdentityResult> ChangePasswordAsync(AppUser user, string currentPassword, string newPassword)
    {
        if (user.MustChangePassword && currentPassword == newPassword)
        {
            return IdentityResult.Failed(new IdentityError
            {
                Code = "SamePassword",
                Description = UiText.Of("Choose a new password; the one-time password cannot be kept."),
            });
        }
        var wasMarked = user.MustChangePassword;
        user.MustChangePassword = false;
        var result = await base.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            user.MustChangePassword = wasMarked;
            return result;
        }
        await RecordAsync(user, "Change password", new { ReplacedOneTimePassword = wasMarked }); // English: audit action code
        return result;
    }

    public override async Task<IdentityResult> SetTwoFactorEnabledAsync(AppUser user, bool enabled)
    {
        var before = await GetTwoFactorEnabledAsync(user);
        var result = await base.SetTwoFactorEnabledAsync(user, enabled);
        if (result.Succeeded && before != enabled)
        {
            await RecordAsync(user, enabled ? "Turn on two-factor sign-in" : "Turn off two-factor sign-in"); // English: audit action code
        }
        return result;
    }

    public override async Task<IdentityResult> ResetAuthenticatorKeyAsync(AppUser user)
    {
        // The set-up page also calls this to make the first key; only replacing a key is worth a line in the log.
        var hadKey = !string.IsNullOrEmpty(await GetAuthenticatorKeyAsync(user));
        var result = await base.ResetAuthenticatorKeyAsync(user);
        if (result.Succeeded && hadKey)
        {
            await RecordAsync(user, "Reset authenticator key"); // English: audit action code
        }
        return result;
    }

    public override async Task<IEnumerable<string>?> GenerateNewTwoFactorRecoveryCodesAsync(AppUser user, int number)
    {
        var codes = await base.GenerateNewTwoFactorRecoveryCodesAsync(user, number);
        if (codes is not null)
        {
            await RecordAsync(user, "New recovery codes", new { Count = number }); // English: audit action code
        }
        return codes;
    }

    private async Task RecordAsync(AppUser user, string action, object? after = null)
    {
        var actor = ServiceProvider.GetService<CurrentUser>() is { } current ? await current.GetNameAsync() : user.UserName!;
        await ServiceProvider.GetRequiredService<AccountAudit>().RecordAsync(actor is "system" ? user.UserName! : actor, action, user.UserName!, after);
    }
}
