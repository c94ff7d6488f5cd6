using System.Globalization;
using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>Municipal elections: hundreds of wards, every rule checked (none skipped above 128 units).</summary>
public class WardElectionTests
{
    private static readonly DistrictShape Wards = new()
    {
        Employees = 12_000,
        Offices = 400,
        Departments = 20,
        Units = 300,
        Stations = 900,
        NoSameDepartment = false,
    };

    [Fact]
    public void A_ward_election_with_300_units_forms_every_party_and_the_same_seed_gives_the_same_hashes()
    {
        var input = SyntheticDistrict.Create(Wards, 300);
        var a = DrawRun.Of(input, "ward");
        Assert.True(a.Feasible, a.Blocking);
        Assert.Empty(a.Violations(input));
        Assert.Equal(900, a.Three.Allotments.Count);
        var b = DrawRun.Of(input, "ward");
        Assert.Equal((a.One.OutputHash, a.Two.OutputHash, a.Three.OutputHash), (b.One.OutputHash, b.Two.OutputHash, b.Three.OutputHash));
    }

    [Fact]
    public void A_ward_nobody_may_serve_in_stops_the_draw_naming_the_ward_and_the_rule()
    {
        var input = SyntheticDistrict.Create(Wards, 300);
        var pool = input.Pool.Select((e, i) => i % 1000 == 0 ? e : e with { HomeUnit = "AC-150" }).ToList();
        var one = DrawStageOne.Run(input with { Pool = pool }, "ward");
        Assert.False(one.Report.Feasible);
        var finding = Assert.Single(one.Report.Findings, f => f.Blocking && f.Rule == DrawRules.NotPostedAtHome && f.Message.Contains("AC-150"));
        Assert.True(finding.Available < finding.Need);
        Assert.Empty(one.Assignments);
    }

    [Fact]
    public void Well_paid_contractual_staff_never_stop_the_draw_half_way()
    {
        // A contractual officer at level 10 and above may not preside, yet out-earns many who do.
        var input = SyntheticDistrict.Create(new DistrictShape { Employees = 700 }, 12);
        var pool = input.Pool.Select(e => e.PayLevel >= 10 && e.Id % 3 == 0 ? e with { Contractual = true } : e).ToList();
        input = input with { Pool = pool };
        var formed = 0;
        for (var seed = 0; seed < 60; seed++)
        {
            var run = DrawRun.Of(input, seed.ToString(CultureInfo.InvariantCulture));
            if (!run.One.Report.Feasible)
            {
                Assert.Contains(run.One.Report.Findings, f => f.Blocking);
                continue;
            }

            Assert.True(run.Two.Report.Feasible && run.Three.Report.Feasible, $"seed {seed}: stage 1 drew, later stages stopped: {run.Blocking}");
            Assert.Empty(run.Violations(input));
            formed++;
        }
        Assert.Equal(60, formed);
    }
}
