using System.Globalization;
using ElectionTool.Draw;
using ElectionTool.Draw.Duties;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Duties.Engine;

public class DutyDrawTests
{
    private static readonly DistrictShape Shape = new() { Employees = 2400, Offices = 90, Units = 4, Stations = 160 };

    private static (DrawInput District, SectorPlan Plan, IReadOnlyList<DutyPerson> Pool) District(ulong seed)
    {
        var district = SyntheticDistrict.Create(Shape, seed);
        var plan = SectorPlanner.Propose(SyntheticDuties.Stations(district), new SectorPlanSettings(8, 3));
        return (district, plan, SyntheticDuties.Pool(district));
    }

    /// <summary>Runs the duties in the given order, each on the pool left by the accepted ones before it, then polling stage 1.</summary>
    private static Dictionary<string, IReadOnlyList<long>> RunAll(ulong districtSeed, string seed, DutyKind[] order)
    {
        var (district, plan, pool) = District(districtSeed);
        var held = new HashSet<long>();
        var drafted = new Dictionary<string, IReadOnlyList<long>>();
        foreach (var kind in order)
        {
            var input = SyntheticDuties.Input(kind, plan, district, DutyLedger.Without(pool, p => p.Employee, held));
            var result = DutyDraw.Select(input, seed);
            Assert.True(result.Report.Feasible, $"{kind}: {string.Join("; ", result.Report.Findings.Select(f => f.Message))}");
            Assert.Empty(DutyValidator.Validate(input, result, held));
            if (kind == DutyKind.MicroObserver)
            {
                var allotted = DutyDraw.Allot(input, result, seed + "-day-before");
                Assert.True(allotted.Report.Feasible);
                Assert.Empty(DutyValidator.Validate(input, allotted, held));
                Assert.Equal(result.Assignments.Select(a => a.EmployeeId).Order(), allotted.Assignments.Select(a => a.EmployeeId).Order());
                Assert.All(allotted.Assignments, a => Assert.Contains(pool.First(p => p.Employee.Id == a.EmployeeId).DepartmentCategory, DutyBands.CentralCategories));
            }
            drafted[kind.ToString()] = result.Assignments.Select(a => a.EmployeeId).ToList();
            held.UnionWith(DutyLedger.Holders(result));
        }
        var polling = district with { Pool = DutyLedger.Without(district.Pool, e => e, held) };
        var one = DrawStageOne.Run(polling, seed);
        Assert.True(one.Report.Feasible, "polling: " + string.Join("; ", one.Report.Findings.Select(f => f.Message)));
        drafted["Polling"] = one.Assignments.Select(a => a.EmployeeId).ToList();
        return drafted;
    }

    [Theory]
    [InlineData(new[] { DutyKind.ZonalOfficer, DutyKind.SectorOfficer, DutyKind.MicroObserver })]
    [InlineData(new[] { DutyKind.MicroObserver, DutyKind.SectorOfficer, DutyKind.ZonalOfficer })]
    [InlineData(new[] { DutyKind.SectorOfficer, DutyKind.MicroObserver, DutyKind.ZonalOfficer })]
    public void Every_rule_holds_and_nobody_has_two_duties_over_many_seeds_in_any_order(DutyKind[] order)
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var drafted = RunAll((ulong)(seed % 5 + 1), seed.ToString(CultureInfo.InvariantCulture), order);
            var everyone = drafted.Values.SelectMany(x => x).ToList();
            Assert.Equal(everyone.Count, everyone.Distinct().Count());
        }
    }

    [Fact]
    public void Couples_give_one_spouse_across_every_duty()
    {
        var (district, plan, pool) = District(2);
        var drafted = RunAll(2, "4711", [DutyKind.SectorOfficer, DutyKind.ZonalOfficer, DutyKind.MicroObserver]);
        var keys = district.Pool.ToDictionary(e => e.Id, e => e.SpouseKey);
        var couples = drafted.Values.SelectMany(x => x).Select(id => keys[id]).Where(k => k is not null).ToList();
        Assert.Equal(couples.Count, couples.Distinct().Count());
    }

    [Fact]
    public void Same_seed_gives_the_same_result_and_another_seed_a_different_one()
    {
        var (district, plan, pool) = District(1);
        var input = SyntheticDuties.Input(DutyKind.SectorOfficer, plan, district, pool);
        Assert.Equal(DutyDraw.Select(input, "123").OutputHash, DutyDraw.Select(input, "123").OutputHash);
        Assert.NotEqual(DutyDraw.Select(input, "123").OutputHash, DutyDraw.Select(input, "124").OutputHash);
    }

    [Fact]
    public void Too_few_central_staff_stops_the_micro_observer_draw_and_names_the_band_and_shortfall()
    {
        var (district, plan, pool) = District(1);
        var stateOnly = pool.Select(p => p with { DepartmentCategory = p.Employee.Id % 300 == 0 ? "Bank" : "StateGovt" }).ToList();
        var result = DutyDraw.Select(SyntheticDuties.Input(DutyKind.MicroObserver, plan, district, stateOnly), "1");
        Assert.False(result.Report.Feasible);
        var finding = Assert.Single(result.Report.Findings);
        Assert.Equal("band", finding.Rule);
        Assert.Contains("Central Govt, Central PSU or Bank", finding.Message);
        Assert.Contains($"short by {finding.Need - finding.Available}", finding.Message);
        Assert.Empty(result.Assignments);
    }

    [Fact]
    public void An_officer_is_never_posted_in_a_unit_where_everyone_left_is_at_home_and_the_draw_says_so()
    {
        var (district, plan, pool) = District(1);
        var athome = pool.Select(p => p with { Employee = p.Employee with { VoterUnit = "AC-001" } }).ToList();
        var input = SyntheticDuties.Input(DutyKind.ZonalOfficer, plan, district, athome) with { Posts = [new DutyPost("AC-001-Z1", "AC-001")] };
        var result = DutyDraw.Select(input, "9");
        Assert.False(result.Report.Feasible);
        Assert.Contains(result.Report.Findings, f => f.Rule is "not at home" or "band");
    }

    [Fact]
    public void Golden_hashes_are_pinned()
    {
        var (district, plan, pool) = District(7);
        var sector = DutyDraw.Select(SyntheticDuties.Input(DutyKind.SectorOfficer, plan, district, pool), "31415");
        var micro = SyntheticDuties.Input(DutyKind.MicroObserver, plan, district, pool);
        var selection = DutyDraw.Select(micro, "27182");
        var allotment = DutyDraw.Allot(micro, selection, "16180");
        Assert.Equal("9a0a2f7bd6d159ee072a8adf2d1c53089cd2fb32773bb843a31611cdae7216ac", sector.InputHash);
        Assert.Equal("3649cf9f190e76af2bbbf220b32ca3f3fea684e93a4e9919a9ed042160b237a5", sector.OutputHash);
        Assert.Equal("b51e44a81e78009e23eae36b48445fa7dddea3be86b12c74a3ab9157e536a087", selection.OutputHash);
        Assert.Equal("03bc06bbc1ce8a6f6a1126ddee5bae4c334c87b837a630a12f3ad6a6fdff953e", allotment.InputHash);
        Assert.Equal("8f1d249d685f5d521c0a398c502d02562780a52678b8bb2321c44669ca6fbb0e", allotment.OutputHash);
    }
}
