using System.ComponentModel.DataAnnotations;
using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Masters.Departments;

public sealed record DepartmentRow(int Id, string Code, string Name, DepartmentCategory Category, int Offices);

public sealed class DepartmentInput
{
    [Required(ErrorMessage = "Enter the department code.")]
    [RegularExpression(MasterPatterns.Code, ErrorMessage = MasterPatterns.CodeMessage)]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the department name.")]
    [StringLength(200)]
    public string Name { get; set; } = "";

    public DepartmentCategory Category { get; set; } = DepartmentCategory.StateGovt;
}

internal sealed record DepartmentSnapshot(string Code, string Name, DepartmentCategory Category);
