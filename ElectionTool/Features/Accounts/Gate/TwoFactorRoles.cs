namespace ElectionTool.Features.Accounts.Gate;

/// <summary>
/// The "Security" section of appsettings.json. <c>RequireTwoFactorFor</c> names roles (e.g. <c>["NodalOfficer"]</c>)
/// whose users must set up an authenticator app before anything but their account pages opens; the Admin's own
/// requirement stays the Settings page's switch (<c>Election:RequireTwoFactorForAdmin</c>).
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    public string[] RequireTwoFactorFor { get; set; } = [];
}
