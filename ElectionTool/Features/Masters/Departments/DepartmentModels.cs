using System.ComponentModel.DataAnnotations;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Language;

namespace ElectionTool.Features.Masters.Departments;

public sealed record DepartmentRow(int Id, string Code, string Name, DepartmentCategory Category, int Offices);

public sealed class DepartmentInput
{
    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterDepartmentCode))]
    [RegularExpression(MasterPatterns.Code, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.CodeShape))]
    public string Code { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterDepartmentName))]
    [StringLength(200, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Name { get; set; } = "";

    public DepartmentCategory Category { get; set; } = DepartmentCategory.StateGovt;
}

internal sealed record DepartmentSnapshot(string Code, string Name, DepartmentCategory Category);
