using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

public class PropertyTests
{
    public static TheoryData<string, DistrictShape> Districts => new()
    {
        { "small, all rules", new DistrictShape() },
        { "same department barred", new DistrictShape { Employees = 900, Offices = 60, Departments = 20, NoSameDepartment = true } },
        { "no women rule, many women-managed", new DistrictShape { WomenRule = WomenRule.None, WomenManagedShare = 0.3, WomenShare = 0.5 } },
        { "six units, no 4th officer", new DistrictShape { Employees = 1200, Offices = 80, Units = 6, Stations = 60, FourthOfficerShare = 0 } },
    };

    [Theory]
    [MemberData(nameof(Districts))]
    public void Every_rule_holds_for_200_seeds(string name, DistrictShape shape)
    {
        var input = SyntheticDistrict.Create(shape, (ulong)name.Length);
        for (var seed = 0; seed < 200; seed++)
        {
            var run = DrawRun.Of(input, seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(run.Feasible, $"{name}, seed {seed}: {run.Blocking}");
            var violations = run.Violations(input);
            Assert.True(violations.Count == 0, $"{name}, seed {seed}: {string.Join("; ", violations.Select(v => v.Message))}");
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_hashes_and_another_seed_different_ones()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 5);
        var a = DrawRun.Of(input, "123456");
        var b = DrawRun.Of(input, "123456");
        var c = DrawRun.Of(input, "123457");
        Assert.Equal(a.One.OutputHash, b.One.OutputHash);
        Assert.Equal(a.Two.OutputHash, b.Two.OutputHash);
        Assert.Equal(a.Three.OutputHash, b.Three.OutputHash);
        Assert.NotEqual(a.One.OutputHash, c.One.OutputHash);
        Assert.NotEqual(a.Two.OutputHash, c.Two.OutputHash);
        Assert.NotEqual(a.Three.OutputHash, c.Three.OutputHash);
    }

    [Fact]
    public void Order_of_the_pool_as_given_does_not_matter()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 5);
        var reversed = input with { Pool = input.Pool.Reverse().ToList(), Stations = input.Stations.Reverse().ToList() };
        Assert.Equal(DrawRun.Of(input, "9").Three.OutputHash, DrawRun.Of(reversed, "9").Three.OutputHash);
    }

    [Fact]
    public void Any_change_to_the_pool_changes_the_input_hash()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 5);
        var pool = input.Pool.ToList();
        pool[10] = pool[10] with { BasicPay = pool[10].BasicPay + 1 };
        Assert.NotEqual(DrawHashes.StageOneInput(input), DrawHashes.StageOneInput(input with { Pool = pool }));
    }
}
