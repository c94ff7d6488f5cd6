using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>
/// The stages rent their per-person arrays from the process-wide pool, so an array often comes back longer than asked
/// and still holding a previous draw's people. A draw must read only what it wrote: the same input and seeds give the
/// same hashes whatever ran before, and the holders refuse reads once they have given their arrays back.
/// </summary>
public class RentedScratchTests
{
    private static readonly DistrictShape Small = new() { Employees = 900, Offices = 50, Stations = 40 };
    private static readonly DistrictShape Large = new() { Employees = 6000, Offices = 200, Units = 9, Stations = 300, NoSameDepartment = true };

    private static string[] Hashes(DrawRun run) =>
        [run.One.InputHash, run.One.OutputHash, run.Two.InputHash, run.Two.OutputHash, run.Three.InputHash, run.Three.OutputHash];

    [Fact]
    public void A_draw_gives_the_same_hashes_after_larger_and_smaller_draws_left_their_people_in_the_pool()
    {
        var (small, large) = (SyntheticDistrict.Create(Small, 31), SyntheticDistrict.Create(Large, 32));
        var smallFirst = DrawRun.Of(small, "7-7-7");
        var largeFirst = DrawRun.Of(large, "8-8-8");
        Assert.True(smallFirst.Feasible, smallFirst.Blocking);
        Assert.True(largeFirst.Feasible, largeFirst.Blocking);

        // Each again, the other in between: the small draw now rents arrays the large one filled, and the other way round.
        var smallAgain = DrawRun.Of(small, "7-7-7");
        var largeAgain = DrawRun.Of(large, "8-8-8");

        Assert.Equal(Hashes(smallFirst), Hashes(smallAgain));
        Assert.Equal(Hashes(largeFirst), Hashes(largeAgain));
        Assert.Equal(smallFirst.Two.Parties.Count, smallAgain.Two.Parties.Count);
        Assert.Empty(smallAgain.Violations(small));
        Assert.Empty(largeAgain.Violations(large));
    }

    [Fact]
    public void Stage_two_people_refuse_reads_once_given_back()
    {
        var input = SyntheticDistrict.Create(Small, 33);
        var one = DrawStageOne.Run(input, "1");
        using var drafted = StagePrecheck.Drafted(input, one, []);
        var people = new StageTwoPeople(input.Settings, DrawPlan.For(input), drafted);
        Assert.Equal(one.Assignments.Count, people.Count);
        Assert.Equal(one.Assignments.Select(a => a.EmployeeId).Order(), people.Id.ToArray());

        people.Dispose();
        people.Dispose();

        Assert.ThrowsAny<ArgumentException>(() => people.Id.Length);
        Assert.ThrowsAny<ArgumentException>(() => people.Facts.Length);
        Assert.ThrowsAny<ArgumentException>(() => people.Person.Length);
    }
}
