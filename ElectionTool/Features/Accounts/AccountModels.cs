using System.ComponentModel.DataAnnotations;
using ElectionTool.Features.Language;
using ElectionTool.Hosting;

namespace ElectionTool.Features.Accounts;

public sealed record AccountRow(
    string Id, string UserName, string FullName, string Role, string? OfficeCode, string? OfficeName,
    string Departments, bool MustChangePassword, bool TwoFactor, bool LockedOut);

/// <summary>A single account the Admin creates by hand (a nodal officer, observer, another admin, or one office's operator).</summary>
public sealed class NewAccountInput
{
    [Required(ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.EnterUserName))]
    [RegularExpression(@"^[A-Za-z0-9._@-]{3,40}$", ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.UserNameShape))]
    public string UserName { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.EnterPersonName))]
    [StringLength(120, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string FullName { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.ChooseRole))]
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
