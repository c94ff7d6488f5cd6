using System.ComponentModel.DataAnnotations;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Language;

namespace ElectionTool.Features.Masters.LocalBodies;

public sealed record LocalBodyRow(int Id, string Code, string Name, LocalBodyKind Kind, int Wards);

public sealed class LocalBodyInput
{
    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterLocalBodyCode))]
    [RegularExpression(MasterPatterns.Code, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.CodeShape))]
    [StringLength(15, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.LocalBodyCodeLength))]
    public string Code { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterLocalBodyName))]
    [StringLength(200, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Name { get; set; } = "";

    public LocalBodyKind Kind { get; set; } = LocalBodyKind.NagarPalika;
}

public sealed record WardRow(int Id, string Code, int Number, string Name, int Stations, int Offices);

/// <summary>A ward of a local body; its code ("NN01-W07") is made from the local body's code and the number.</summary>
public sealed class WardInput
{
    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterLocalBodyCode))]
    public string LocalBodyCode { get; set; } = "";

    [Range(1, 999, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.WardNumber))]
    public int Number { get; set; }

    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterWardName))]
    [StringLength(200, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Name { get; set; } = "";
}

internal sealed record LocalBodySnapshot(string Code, string Name, LocalBodyKind Kind);

internal sealed record WardSnapshot(string Code, int Number, string Name, int? LocalBodyId);
