using System.ComponentModel.DataAnnotations;
using ElectionTool.Features.Language;

namespace ElectionTool.Features.Masters.Constituencies;

public sealed record ConstituencyRow(int Id, string Code, int Number, string Name, int Stations, int Offices);

public sealed class ConstituencyInput
{
    [Range(1, 999, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.AcNumber))]
    public int Number { get; set; }

    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterConstituencyName))]
    [StringLength(200, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Name { get; set; } = "";
}

/// <summary>An AC or a ward offered in pickers: stations and offices refer to either by its code.</summary>
public sealed record UnitOption(string Code, string Name)
{
    public override string ToString() => $"{Code} {Name}";
}

internal sealed record ConstituencySnapshot(string Code, int Number, string Name);
