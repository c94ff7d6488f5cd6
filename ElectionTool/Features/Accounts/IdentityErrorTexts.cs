using ElectionTool.Resources;
using Microsoft.AspNetCore.Identity;

namespace ElectionTool.Features.Accounts;

/// <summary>Identity's own refusals (password rules, user names, lockout) in the user's language, from our resources.</summary>
public sealed class IdentityErrorTexts : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), UiText.Of("Something went wrong. Try again."));

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), UiText.Of("Someone else changed this account meanwhile. Reload and try again."));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), UiText.Of("Incorrect password."));

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), UiText.Of("The code is not valid or has expired."));

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), UiText.Of("The recovery code is not valid or has been used."));

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), UiText.Format("User name '{0}' is not allowed: use letters, digits or . _ @ -", userName));

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), UiText.Format("User name '{0}' is already taken.", userName));

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), UiText.Of("This account already has a password."));

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), UiText.Of("Lockout is not enabled for this account."));

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), UiText.Format("The account already has the role {0}.", role));

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), UiText.Format("The account does not have the role {0}.", role));

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), UiText.Format("The password must be at least {0} characters long.", length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), UiText.Format("The password must use at least {0} different characters.", uniqueChars));

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), UiText.Of("The password must have at least one character that is not a letter or digit."));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), UiText.Of("The password must have at least one digit (0-9)."));

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), UiText.Of("The password must have at least one lower-case letter (a-z)."));

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), UiText.Of("The password must have at least one upper-case letter (A-Z)."));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
