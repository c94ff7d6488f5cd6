using ElectionTool.Draw;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>
/// A draw every pre-check of stage 2 passes, yet no arrangement exists: the one officer paid enough to lead a
/// well-paid contractual member works in the member's own office. ET-DRAW-2 accepted it and failed in stage 2;
/// ET-DRAW-3's stage 1 refuses it and names the rule.
/// </summary>
public class WitnessRefusalTests
{
    private static DrawEmployee Person(long id, long office, int level, bool contractual = false) => new()
    {
        Id = id,
        OfficeId = office,
        OfficeCode = $"OF-{office}",
        DepartmentCode = $"D-{office}",
        Gender = DrawGender.M,
        PayLevel = level,
        BasicPay = 10000 * level + id,
        Contractual = contractual,
        OfficeFinalized = true,
    };

    /// <summary>Exactly the eight people two parties need, so stage 1 has no choice of who, only of PO2 or PO3.</summary>
    private static DrawInput District() => new()
    {
        ElectionId = "REFUSE",
        Settings = new DrawSettings { PollDate = new DateOnly(2027, 3, 1), PresidingMinPayLevel = 8, PollingOfficer1MinPayLevel = 5, ReservePercent = 0 },
        Units = [new("AC-1", "Unit 1")],
        Stations = [new("AC-1", 1, "One", 800, false), new("AC-1", 2, "Two", 800, false)],
        Pool =
        [
            Person(1, 1, 14), Person(2, 2, 8),                  // the Presiding Officers
            Person(3, 3, 6), Person(4, 4, 5),                   // the Polling Officers 1
            Person(5, 1, 12, contractual: true),                // paid more than officer 2, in officer 1's office
            Person(6, 5, 3), Person(7, 6, 2), Person(8, 7, 1),
        ],
    };

    [Fact]
    public void Stage_one_refuses_a_draw_no_arrangement_can_seat_and_names_the_rule()
    {
        var one = DrawStageOne.Run(District(), "1");

        Assert.False(one.Report.Feasible);
        Assert.Empty(one.Assignments);
        var blocking = one.Report.Findings.Where(f => f.Blocking).ToList();
        Assert.Contains(blocking, f => f.Rule is DrawRules.Hierarchy or DrawRules.SameOffice && f.Message.StartsWith("Unit AC-1: 2 parties needed, only 1 can be formed", StringComparison.Ordinal));
        Assert.Contains(blocking, f => f.Rule == DrawRules.Parties && f.Message.StartsWith("Stage 2 could not seat this draw", StringComparison.Ordinal));
        Assert.Contains(blocking, f => f.Rule == DrawRules.Redraw && f.Message.Contains("the rule named above binds", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_ET_DRAW_2_the_same_draw_was_accepted_and_stage_two_failed_half_way()
    {
        var input = District();
        var one = DrawStageOne.Run(input, "1", DrawAlgorithm.V2);
        Assert.True(one.Report.Feasible);

        var two = DrawStageTwo.Run(input, one, "2");

        Assert.False(two.Report.Feasible);
        Assert.Contains(two.Report.Findings, f => f.Message == DrawStageTwo.NoArrangement);
    }
}
