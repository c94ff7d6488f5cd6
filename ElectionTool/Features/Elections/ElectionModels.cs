using System.ComponentModel.DataAnnotations;
using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Elections;

public sealed record ElectionSummary(int Id, string Name, ElectionType Type, DateOnly PollDate, UnitKind UnitKind, DateTimeOffset EntryDeadline, bool IsCurrent);

public sealed class ElectionInput : IValidatableObject
{
    public int Id { get; set; }

    [Required(ErrorMessage = "Enter the election's name.")]
    [StringLength(200)]
    public string Name { get; set; } = "";

    public ElectionType Type { get; set; } = ElectionType.Assembly;

    [Required(ErrorMessage = "Enter the poll date.")]
    public DateTime? PollDate { get; set; }

    public UnitKind UnitKind { get; set; } = UnitKind.AssemblyConstituency;

    [Required(ErrorMessage = "Enter the data-entry deadline.")]
    public DateTime? EntryDeadline { get; set; }

    public bool IncludeFourthPollingOfficer { get; set; }

    [Range(1, 100_000, ErrorMessage = "Electors threshold must be between 1 and 100000.")]
    public int FourthOfficerElectorsThreshold { get; set; } = 1200;

    [Range(0, 100, ErrorMessage = "Reserve must be between 0 and 100 percent.")]
    public int ReservePercent { get; set; } = 20;

    [Range(1, 18, ErrorMessage = "Pay level must be 1–18.")]
    public int PresidingMinPayLevel { get; set; } = 8;

    public bool PresidingFromGazetted { get; set; } = true;

    [Range(1, 18, ErrorMessage = "Pay level must be 1–18.")]
    public int PollingOfficer1MinPayLevel { get; set; } = 6;

    public bool NoTwoFromSameDepartment { get; set; }

    public WomenInPartyRule WomenRule { get; set; } = WomenInPartyRule.NoneOrAtLeastTwo;

    [Range(0, 24, ErrorMessage = "Retirement margin must be 0–24 months.")]
    public int RetirementMarginMonths { get; set; } = 6;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollDate is { } poll && EntryDeadline is { } deadline && deadline.Date >= poll.Date)
        {
            yield return new ValidationResult("The data-entry deadline must be before the poll date.", [nameof(EntryDeadline)]);
        }
        if (PollingOfficer1MinPayLevel > PresidingMinPayLevel)
        {
            yield return new ValidationResult("Polling Officer 1's minimum pay level cannot be above the Presiding Officer's.", [nameof(PollingOfficer1MinPayLevel)]);
        }
    }
}
