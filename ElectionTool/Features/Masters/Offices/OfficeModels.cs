using System.ComponentModel.DataAnnotations;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Language;
using ElectionTool.Resources;

namespace ElectionTool.Features.Masters.Offices;

public sealed record OfficeRow(int Id, string Code, string Name, string DepartmentCode, string DepartmentName, string Block,
    string? UnitCode, int DeclaredTotal, StaffListState ListState);

/// <summary>An office as the dialog edits it and as one CSV row reads (property names are the CSV headings).</summary>
public sealed class OfficeInput : IValidatableObject
{
    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterOfficeCode))]
    [RegularExpression(MasterPatterns.Code, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.CodeShape))]
    public string Code { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterOfficeName))]
    [StringLength(300, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Name { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.ChooseDepartment))]
    public string DepartmentCode { get; set; } = "";

    [StringLength(200, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string HeadDesignation { get; set; } = "";

    [StringLength(500, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Address { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterPin))]
    [RegularExpression(MasterPatterns.Pin, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.PinShape))]
    public string Pin { get; set; } = "";

    [StringLength(100, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Block { get; set; } = "";

    /// <summary>AC or ward code where the office sits; optional, used to keep staff off duty in their office's unit.</summary>
    public string? UnitCode { get; set; }

    [RegularExpression(MasterPatterns.Phone, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.PhoneShape))]
    public string Phone { get; set; } = "";

    [RegularExpression(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EmailShape))]
    [StringLength(200, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Email { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterHeadMobile))]
    [RegularExpression(MasterPatterns.Mobile, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.HeadMobileShape))]
    public string HeadMobile { get; set; } = "";

    [Range(0, 100_000, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.DeclaredTotalRange))]
    public int DeclaredTotal { get; set; }

    [Range(0, 100_000, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.DeclaredMaleRange))]
    public int DeclaredMale { get; set; }

    [Range(0, 100_000, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.DeclaredFemaleRange))]
    public int DeclaredFemale { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The remainder is third gender, so male + female may be less than the total but never more.
        if (DeclaredMale + DeclaredFemale > DeclaredTotal)
        {
            yield return new ValidationResult(
                UiText.Format("Declared male ({0}) + female ({1}) is more than the declared total ({2}).", DeclaredMale, DeclaredFemale, DeclaredTotal),
                [nameof(DeclaredTotal)]);
        }
    }
}

internal sealed record OfficeSnapshot(string Code, string Name, int DepartmentId, string HeadDesignation, string Address, string Pin,
    string Block, int? UnitId, string Phone, string Email, string HeadMobile, int Total, int Male, int Female);
