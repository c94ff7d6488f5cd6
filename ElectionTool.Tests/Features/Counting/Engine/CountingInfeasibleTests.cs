using ElectionTool.Draw;
using ElectionTool.Draw.Counting;
using ElectionTool.Draw.Duties;
using Xunit;

namespace ElectionTool.Tests.Features.Counting.Engine;

public class CountingInfeasibleTests
{
    [Fact]
    public void Too_few_central_staff_stops_selection_naming_the_band_and_the_shortfall()
    {
        var input = CountingDrawTests.Input(1);
        var stateOnly = input with { Pool = input.Pool.Select(p => p with { DepartmentCategory = p.Employee.Id % 300 == 0 ? "Bank" : "StateGovt" }).ToList() };
        var result = CountingDraw.Select(stateOnly, "1");
        Assert.False(result.Report.Feasible);
        var finding = Assert.Single(result.Report.Findings);
        Assert.Equal("band", finding.Rule);
        Assert.StartsWith("Counting micro-observers:", finding.Message);
        Assert.Contains($"short by {finding.Need - finding.Available}", finding.Message);
        Assert.Empty(result.Assignments);
    }

    [Fact]
    public void Too_few_supervisors_stops_selection_naming_the_pay_rule()
    {
        var input = CountingDrawTests.Input(1) with { Rules = new CountingRules { SupervisorMinPayLevel = 18, SupervisorAllowGazetted = false } };
        var result = CountingDraw.Select(input, "1");
        var finding = Assert.Single(result.Report.Findings);
        Assert.StartsWith("Counting supervisors:", finding.Message);
        Assert.Contains("pay level 18 or above", finding.Message);
    }

    [Fact]
    public void Staff_who_all_live_in_the_only_counting_unit_are_not_drawn_and_the_draw_says_so()
    {
        var input = CountingDrawTests.Input(1);
        var one = input with { Halls = input.Halls.Where(h => h.UnitCode == "AC-001").ToList() };
        var athome = one with { Pool = one.Pool.Select(p => p with { Employee = p.Employee with { HomeUnit = "AC-001" } }).ToList() };
        var result = CountingDraw.Select(athome, "9");
        Assert.False(result.Report.Feasible);
        Assert.Contains("only 0 eligible", result.Report.Findings[0].Message);
    }

    [Fact]
    public void A_hall_whose_staff_all_share_one_office_stops_step_three_naming_the_office_rule()
    {
        var settings = new DrawSettings { PollDate = new DateOnly(2027, 3, 15), PresidingMinPayLevel = 8, PollingOfficer1MinPayLevel = 5 };
        var pool = Enumerable.Range(1, 30).Select(i => new DutyPerson
        {
            Employee = new DrawEmployee
            {
                Id = i,
                OfficeId = 1,
                OfficeCode = "OFF-1",
                DepartmentCode = "D1",
                Gender = DrawGender.M,
                PayLevel = i <= 10 ? 10 : 5,
                BasicPay = 50000,
                Gazetted = i <= 10,
                OfficeUnit = "AC-9",
                OfficeFinalized = true,
            },
            DepartmentCategory = "Bank",
            ServiceGroup = "B",
        }).ToList();
        var input = new CountingInput
        {
            ElectionId = "T",
            Settings = settings,
            Rules = new CountingRules { ReservePercent = 0 },
            Halls = [new CountingHall("AC-1/H1", "AC-1", "Hall 1", 2, 0)],
            Pool = pool,
        };
        var one = CountingDraw.Select(input, "1");
        var two = CountingHalls.Allot(input, one, "2");
        Assert.True(two.Report.Feasible);
        var three = CountingTables.Allot(input, two, "3");
        Assert.False(three.Report.Feasible);
        var finding = Assert.Single(three.Report.Findings);
        Assert.Equal("no two from one office", finding.Rule);
        Assert.Contains("Hall AC-1/H1", finding.Message);
        Assert.Contains("short by 2", finding.Message);
    }

    [Fact]
    public void A_step_refuses_to_build_on_a_result_whose_hash_was_altered()
    {
        var input = CountingDrawTests.Input(1);
        var one = CountingDraw.Select(input, "1");
        var tampered = one with { Assignments = one.Assignments.Skip(1).Append(one.Assignments[0] with { Order = 9999 }).ToList() };
        var two = CountingHalls.Allot(input, tampered, "2");
        Assert.False(two.Report.Feasible);
        Assert.Equal("previous", two.Report.Findings.Single().Rule);
    }
}
