using System.ComponentModel.DataAnnotations;
using ElectionTool.Hosting;

namespace ElectionTool.Features.Accounts;

public sealed record AccountRow(
    string Id, string UserName, string FullName, string Role, string? OfficeCode, string? OfficeName,
    string Departments, bool MustChangePassword, bool TwoFactor, bool LockedOut);

/// <summary>A single account the Admin creates by hand (a nodal officer, observer, another admin, or one office's operator).</summary>
public sealed class NewAccountInput
{
    [Required(ErrorMessage = "Enter a user name.")]
    [RegularExpression(@"^[A-Za-z0-9._@-]{3,40}$", ErrorMessage = "User name: 3–40 letters, digits or . _ @ -")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(120)]
    public string FullName { get; set; } = "";

    [Required]
    public string Role { get; set; } = Roles.NodalOfficer;

    /// <summary>For an office operator: the office's code.</summary>
    public string? OfficeCode { get; set; }

    /// <summary>For a nodal officer: the departments watched.</summary>
    public List<int> DepartmentIds { get; set; } = [];
}

public sealed record AccountOutcome(CredentialSlip? Slip, string? Error)
{
    public static AccountOutcome Failed(string error) => new(null, error);
}

/// <summary>How far a bulk account creation has got, for the progress bar.</summary>
public sealed record AccountProgress(int Done, int Total);
