using ElectionTool.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Accounts;

/// <summary>Clears the "must change password" mark once the user has chosen their own password.</summary>
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
                Description = "Choose a new password; the one-time password cannot be kept.",
            });
        }
        var wasMarked = user.MustChangePassword;
        user.MustChangePassword = false;
        var result = await base.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            user.MustChangePassword = wasMarked;
        }
        return result;
    }
}
