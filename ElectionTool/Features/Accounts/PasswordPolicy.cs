using ElectionTool.Data.Entities;
using ElectionTool.Hosting;
using ElectionTool.Resources;
using Microsoft.AspNetCore.Identity;

namespace ElectionTool.Features.Accounts;

/// <summary>
/// The district's password rules on top of Identity's: never a common password or one with digits and symbols
/// stuck on (Password123, Election@2026), never the user name, and at least 12 characters for an Admin.
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<AppUser>
{
    public const int AdminMinimumLength = 12;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        if (password.Length < AdminMinimumLength && user.Id is { Length: > 0 } && await manager.IsInRoleAsync(user, Roles.Admin))
        {
            errors.Add(new IdentityError
            {
                Code = "AdminPasswordTooShort",
                Description = UiText.Format("An Admin's password must be at least {0} characters long (this one has {1}). A short sentence you can remember works well.", AdminMinimumLength, password.Length),
            });
        }
        if (IsCommon(password))
        {
            errors.Add(new IdentityError
            {
                Code = "CommonPassword",
                Description = UiText.Of("This password is too common: it is on the list of passwords attackers try first (a common word with numbers or symbols added counts too). Choose something less predictable."),
            });
        }
        else if (user.UserName is { Length: >= 4 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = UiText.Of("The password must not contain your user name.") });
        }
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    /// <summary>True for a listed password, or a listed word with digits/symbols at either end and the usual letter swaps.</summary>
    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (Common.Value.Contains(lower))
        {
            return true;
        }
        var core = lower.Trim("0123456789!@#$%^&*()-_=+.,;:?/\\|~`'\"[]{}<> ".ToCharArray());
        return core.Length == 0 || Common.Value.Contains(core) || Common.Value.Contains(Unleet(core));
    }

    private static string Unleet(string text) => string.Concat(text.Select(c => c switch
    {
        '@' or '4' => 'a',
        '0' => 'o',
        '1' or '!' => 'i',
        '3' => 'e',
        '$' or '5' => 's',
        '7' => 't',
        _ => c,
    }));

    private static HashSet<string> LoadCommon()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the build."); // English: a broken build, never a user's doing
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }
        return words;
    }
}
