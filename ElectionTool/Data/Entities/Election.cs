namespace ElectionTool.Data.Entities;

public enum ElectionType
{
    Assembly,
    Parliamentary,
    Municipal,
    Panchayat,
}

/// <summary>How women are placed in parties at stations that are not women-managed.</summary>
public enum WomenInPartyRule
{
    NoRule,
    NoneOrAtLeastTwo,
}

public class Election
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ElectionType Type { get; set; }
    public DateOnly PollDate { get; set; }
    public UnitKind UnitKind { get; set; }
    public DateTimeOffset EntryDeadline { get; set; }
    public bool IsCurrent { get; set; }

    public bool IncludeFourthPollingOfficer { get; set; }
    public int FourthOfficerElectorsThreshold { get; set; } = 1200;
    public int ReservePercent { get; set; } = 20;
    public int PresidingMinPayLevel { get; set; } = 8;
    public bool PresidingFromGazetted { get; set; } = true;
    public int PollingOfficer1MinPayLevel { get; set; } = 6;
    public bool NoTwoFromSameDepartment { get; set; }
    public WomenInPartyRule WomenRule { get; set; } = WomenInPartyRule.NoneOrAtLeastTwo;
    public int RetirementMarginMonths { get; set; } = 6;
}
