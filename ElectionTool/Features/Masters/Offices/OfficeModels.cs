using System.ComponentModel.DataAnnotations;
using ElectionTool.Data.Entities;
using ElectionTool.Resources;

namespace ElectionTool.Features.Masters.Offices;

public sealed record OfficeRow(int Id, string Code, string Name, string DepartmentCode, string DepartmentName, string Block,
    string? UnitCode, int DeclaredTotal, StaffListState ListState);

/// <summary>An office as the dialog edits it and as one CSV row reads (property names are the CSV headings).</summary>
public sealed class OfficeInput : IValidatableObject
{
    [Required(ErrorMessage = "Enter the office code.")]
    [RegularExpression(MasterPatterns.Code, ErrorMessage = MasterPatterns.CodeMessage)]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the office name.")]
    [StringLength(300)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose the department (by its code).")]
    public string DepartmentCode { get; set; } = "";

    [StringLength(200)]
    public string HeadDesignation { get; set; } = "";

    [StringLength(500)]
    public string Address { get; set; } = "";

    [Required(ErrorMessage = "Enter the PIN code.")]
    [RegularExpression(MasterPatterns.Pin, ErrorMessage = "PIN: 6 digits, not starting with 0.")]
    public string Pin { get; set; } = "";

    [StringLength(100)]
    public string Block { get; set; } = "";

    /// <summary>AC or ward code where the office sits; optional, used to keep staff off duty in their office's unit.</summary>
    public string? UnitCode { get; set; }

    [RegularExpression(MasterPatterns.Phone, ErrorMessage = "Phone: 6 to 20 digits, spaces, + - ( ).")]
    public string Phone { get; set; } = "";

    [RegularExpression(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", ErrorMessage = "Email: not a valid address.")]
    [StringLength(200)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the head of office's mobile.")]
    [RegularExpression(MasterPatterns.Mobile, ErrorMessage = "Head's mobile: a 10-digit Indian mobile starting with 6–9.")]
    public string HeadMobile { get; set; } = "";

    [Range(0, 100_000, ErrorMessage = "Declared total: 0 to 100000.")]
    public int DeclaredTotal { get; set; }

    [Range(0, 100_000, ErrorMessage = "Declared male: 0 to 100000.")]
    public int DeclaredMale { get; set; }

    [Range(0, 100_000, ErrorMessage = "Declared female: 0 to 100000.")]
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
