using System.ComponentModel.DataAnnotations;
using ElectionTool.Features.Language;
using ElectionTool.Resources;

namespace ElectionTool.Features.Masters.Stations;

public sealed record PollingStationRow(int Id, string UnitCode, string UnitName, int Number, string Name, string Location, int Electors,
    bool WomenManaged, bool Sensitive);

/// <summary>A polling station, keyed by its unit's code and its number within the unit.</summary>
public sealed class PollingStationInput : IValidatableObject
{
    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.ChooseUnit))]
    public string UnitCode { get; set; } = "";

    [Range(1, 9999, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.StationNumber))]
    public int Number { get; set; }

    [Required(ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.EnterStationName))]
    [StringLength(300, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Name { get; set; } = "";

    [StringLength(300, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Location { get; set; } = "";

    [Range(0, 10_000, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.ElectorsRange))]
    public int Electors { get; set; }

    // India lies within these bounds; a value outside them is almost always latitude and longitude swapped.
    [Range(6.0, 38.0, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.LatitudeRange))]
    public double? Latitude { get; set; }

    [Range(68.0, 98.0, ErrorMessageResourceType = typeof(MasterValidationTexts), ErrorMessageResourceName = nameof(MasterValidationTexts.LongitudeRange))]
    public double? Longitude { get; set; }

    /// <summary>"Sakhi"/"Pink" station, staffed by an all-women party.</summary>
    public bool WomenManaged { get; set; }

    public bool Sensitive { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Latitude.HasValue != Longitude.HasValue)
        {
            yield return new ValidationResult(UiText.Of("Give both latitude and longitude, or neither."),
                [Latitude.HasValue ? nameof(Longitude) : nameof(Latitude)]);
        }
    }
}

internal sealed record PollingStationSnapshot(string UnitCode, int Number, string Name, string Location, int Electors,
    double? Latitude, double? Longitude, bool WomenManaged, bool Sensitive);
