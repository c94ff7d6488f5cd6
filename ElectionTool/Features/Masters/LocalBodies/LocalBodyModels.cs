using System.ComponentModel.DataAnnotations;
using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Masters.LocalBodies;

public sealed record LocalBodyRow(int Id, string Code, string Name, LocalBodyKind Kind, int Wards);

public sealed class LocalBodyInput
{
    [Required(ErrorMessage = "Enter the local body code.")]
    [RegularExpression(MasterPatterns.Code, ErrorMessage = MasterPatterns.CodeMessage)]
    [StringLength(15, ErrorMessage = "Code: at most 15 characters (ward codes are made from it).")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the local body's name.")]
    [StringLength(200)]
    public string Name { get; set; } = "";

    public LocalBodyKind Kind { get; set; } = LocalBodyKind.NagarPalika;
}

public sealed record WardRow(int Id, string Code, int Number, string Name, int Stations, int Offices);

/// <summary>A ward of a local body; its code ("NN01-W07") is made from the local body's code and the number.</summary>
public sealed class WardInput
{
    [Required(ErrorMessage = "Enter the local body code.")]
    public string LocalBodyCode { get; set; } = "";

    [Range(1, 999, ErrorMessage = "Number: the ward number, 1 to 999.")]
    public int Number { get; set; }

    [Required(ErrorMessage = "Enter the ward's name.")]
    [StringLength(200)]
    public string Name { get; set; } = "";
}

internal sealed record LocalBodySnapshot(string Code, string Name, LocalBodyKind Kind);

internal sealed record WardSnapshot(string Code, int Number, string Name, int? LocalBodyId);
