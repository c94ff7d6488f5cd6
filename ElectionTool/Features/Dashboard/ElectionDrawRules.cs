using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw.Engine;

namespace ElectionTool.Features.Dashboard;

/// <summary>The current election's rules as the draw engine reads them, so the dashboard counts as the draw will.</summary>
public static class ElectionDrawRules
{
    public static DrawSettings Settings(Election election) => new()
    {
        PollDate = election.PollDate,
        RetirementMarginMonths = election.RetirementMarginMonths,
        PresidingMinPayLevel = election.PresidingMinPayLevel,
        PollingOfficer1MinPayLevel = election.PollingOfficer1MinPayLevel,
        PresidingAllowGazetted = election.PresidingFromGazetted,
        IncludeFourthOfficer = election.IncludeFourthPollingOfficer,
        FourthOfficerElectorsThreshold = election.FourthOfficerElectorsThreshold,
        ReservePercent = election.ReservePercent,
        NoSameDepartment = election.NoTwoFromSameDepartment,
        WomenRule = election.WomenRule == WomenInPartyRule.NoneOrAtLeastTwo ? WomenRule.NoneOrAtLeastTwo : WomenRule.None,
    };

    public static Draw.Engine.Gender Gender(Data.Entities.Gender gender) => gender switch
    {
        Data.Entities.Gender.Female => Draw.Engine.Gender.F,
        Data.Entities.Gender.ThirdGender => Draw.Engine.Gender.T,
        _ => Draw.Engine.Gender.M,
    };
}
