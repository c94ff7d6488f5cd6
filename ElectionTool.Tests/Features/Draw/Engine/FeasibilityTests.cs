using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

public class FeasibilityTests
{
    private static DrawFinding Blocking(DrawReport report, string rule)
    {
        Assert.False(report.Feasible);
        return Assert.Single(report.Findings, f => f.Blocking && f.Rule == rule);
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3 }, new int[0])]
    [InlineData(new[] { 1, 1, 2 }, new[] { 1 })]
    [InlineData(new[] { 3, 1, 2, 3, 1 }, new[] { 3, 1 })]
    public void A_station_number_listed_twice_in_a_unit_is_found_in_the_order_listed(int[] numbers, int[] repeated)
    {
        var input = TinyDistrict.WithUnits(1).Stations("AC-1", 1).People(20, payLevel: 9).Build();
        input = input with { Stations = [.. numbers.Select(n => new DrawStation("AC-1", n, $"Booth {n}", 800, false))] };
        var found = DrawPlan.For(input).Findings.Where(f => f.Message.Contains("listed twice")).Select(f => f.Message);
        Assert.Equal(repeated.Select(n => $"Unit AC-1: station {n} is listed twice."), found);
    }

    [Fact]
    public void Too_few_presiding_officers_stops_stage_one_with_need_and_eligible()
    {
        var input = TinyDistrict.WithUnits(2).Stations("AC-1", 3).Stations("AC-2", 3)
            .People(4, payLevel: 9).People(60, payLevel: 5).Build();
        var one = DrawStageOne.Run(input, "1");
        var finding = Blocking(one.Report, "PresidingOfficer");
        Assert.Equal("Presiding Officers: need 6, eligible 4.", finding.Message);
        Assert.Empty(one.Assignments);
    }

    [Fact]
    public void Too_few_women_for_women_managed_stations_is_reported()
    {
        var input = TinyDistrict.WithUnits(2).Stations("AC-1", 2, womenManaged: true).Stations("AC-2", 2)
            .People(1, 9, DrawGender.F).People(10, 9).People(40, 5).People(3, 5, DrawGender.F).Build();
        var report = DrawStageOne.Run(input, "1").Report;
        Assert.False(report.Feasible);
        var finding = Assert.Single(report.Findings, f => f.Blocking && f.Message.StartsWith("Women: need"));
        Assert.Equal(2, finding.Need);
        Assert.Equal(1, finding.Available);
        Assert.Contains("Women: need 2 women as Presiding Officers", finding.Message);
    }

    [Fact]
    public void One_office_holding_most_of_the_pool_is_named_and_binds()
    {
        // 4 parties, 16 seats; office 7 holds 40 of 44 people but can fill at most one seat per party.
        var input = TinyDistrict.WithUnits(2).Stations("AC-1", 2).Stations("AC-2", 2)
            .People(40, 9, office: 7).People(4, 9).Build();
        var report = DrawStageOne.Run(input, "1").Report;
        Assert.Contains(report.Findings, f => !f.Blocking && f.Rule == "SameOffice" && f.Message.StartsWith("Office O7 holds 40 of 44 eligible"));
        var binding = Blocking(report, "SameOffice");
        Assert.Equal(16, binding.Need);
        Assert.Equal(8, binding.Available);
    }

    [Fact]
    public void People_who_may_not_serve_in_a_unit_cannot_fill_it()
    {
        // Everyone works in AC-1, so nobody may be posted there.
        var input = TinyDistrict.WithUnits(2).Stations("AC-1", 2).Stations("AC-2", 2)
            .People(40, 9, unit: "AC-1").Build();
        var report = DrawStageOne.Run(input, "1").Report;
        Assert.False(report.Feasible);
        var finding = report.Findings.First(f => f.Rule == "NotPostedAtHome");
        Assert.Equal("Presiding Officers: 4 seats, only 2 can be filled by people who may serve in the unit; short in AC-1.", finding.Message);
        Assert.Equal(4, finding.Need);
        Assert.Equal(2, finding.Available);
    }

    [Fact]
    public void Stage_two_refuses_a_tampered_stage_one()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 3);
        var one = DrawStageOne.Run(input, "1");
        var tampered = one with { Assignments = one.Assignments.Skip(1).ToList() };
        var two = DrawStageTwo.Run(input, tampered, "2");
        Assert.False(two.Report.Feasible);
        Assert.Contains(two.Report.Findings, f => f.Rule == "Stage1" && f.Message.Contains("output hash does not match"));
        Assert.Empty(two.Parties);
    }

    [Fact]
    public void Validator_catches_a_rule_broken_after_the_fact()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 3);
        var run = DrawRun.Of(input, "7");
        Assert.Empty(run.Violations(input));
        var party = run.Two.Parties.First(p => !p.AllWomen);
        var other = run.Two.Parties.First(p => p.PartyNumber != party.PartyNumber && p.UnitCode == party.UnitCode);
        // Swap two Presiding Officers' parties by hand: the hashes no longer match, and verify says so.
        var broken = run.Two with
        {
            Parties = run.Two.Parties.Select(p => p.PartyNumber == party.PartyNumber ? p with { Members = other.Members } : p).ToList(),
        };
        var found = DrawValidator.Validate(input, run.One, broken);
        Assert.Contains(found, f => f.Rule == "OutputHash");
        Assert.Contains(found, f => f.Rule == "OneParty");
    }
}
