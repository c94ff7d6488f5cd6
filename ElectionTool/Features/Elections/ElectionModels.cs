using System.ComponentModel.DataAnnotations;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Language;
using ElectionTool.Resources;

namespace ElectionTool.Features.Elections;

public sealed record ElectionSummary(int Id, string Name, ElectionType Type, DateOnly PollDate, UnitKind UnitKind, DateTimeOffset EntryDeadline, bool IsCurrent);

public sealed class ElectionInput : IValidatableObject
{
    public int Id { get; set; }

    [Required(ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.EnterElectionName))]
    [StringLength(200, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.TooLong))]
    public string Name { get; set; } = "";

    public ElectionType Type { get; set; } = ElectionType.Assembly;

    [Required(ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.EnterPollDate))]
    public DateTime? PollDate { get; set; }

    public UnitKind UnitKind { get; set; } = UnitKind.AssemblyConstituency;

    [Required(ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.EnterEntryDeadline))]
    public DateTime? EntryDeadline { get; set; }

    public bool IncludeFourthPollingOfficer { get; set; }

    [Range(1, 100_000, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.ElectorsThreshold))]
    public int FourthOfficerElectorsThreshold { get; set; } = 1200;

    [Range(0, 100, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.ReservePercent))]
    public int ReservePercent { get; set; } = 20;

    [Range(1, 18, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.PayLevel))]
    public int PresidingMinPayLevel { get; set; } = 8;

    public bool PresidingFromGazetted { get; set; } = true;

    [Range(1, 18, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.PayLevel))]
    public int PollingOfficer1MinPayLevel { get; set; } = 6;

    public bool NoTwoFromSameDepartment { get; set; }

    public WomenInPartyRule WomenRule { get; set; } = WomenInPartyRule.NoneOrAtLeastTwo;

    [Range(0, 24, ErrorMessageResourceType = typeof(ValidationTexts), ErrorMessageResourceName = nameof(ValidationTexts.RetirementMargin))]
    public int RetirementMarginMonths { get; set; } = 6;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PollDate is { } poll && EntryDeadline is { } deadline && deadline.Date >= poll.Date)
        {
            yield return new ValidationResult(UiText.Of("The data-entry deadline must be before the poll date."), [nameof(EntryDeadline)]);
        }
        if (PollingOfficer1MinPayLevel > PresidingMinPayLevel)
        {
            yield return new ValidationResult(UiText.Of("Polling Officer 1's minimum pay level cannot be above the Presiding Officer's."), [nameof(PollingOfficer1MinPayLevel)]);
        }
    }
}
