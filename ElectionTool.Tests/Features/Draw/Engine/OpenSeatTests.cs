using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>
/// The repair's shortcut must agree with the board's own count, or a draw would change: for seats of many kinds
/// (Presiding Officer, member, all-women party, loose reserve seat) and random newcomers, the open seat's count equals
/// <see cref="PartyBoard.Violations"/> after the newcomer really sits there.
/// </summary>
public class OpenSeatTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Open_seat_counts_what_the_board_counts_after_the_swap(bool womenPattern, bool noSameDepartment)
    {
        var input = SyntheticDistrict.Create(new DistrictShape { Employees = 3000, Offices = 60, Stations = 150, NoSameDepartment = noSameDepartment }, 11);
        var one = DrawStageOne.Run(input, "1");
        var plan = DrawPlan.For(input);
        using var drafted = StagePrecheck.Drafted(input, one, []);
        using var people = new StageTwoPeople(input.Settings, plan, drafted);
        var board = new PartyBoard(plan, people, womenPattern);
        using var rng = DrawRandom.ForStage(input.ElectionId, 2, "1", "test", one.AlgorithmVersion);
        Assert.True(new PartyPlacement(board, input.Settings, rng, one.AlgorithmVersion).Place());
        var pick = new Random(5);
        var holder = board.Holder;
        var compared = 0;
        while (compared < 20_000)
        {
            var (a, b) = (pick.Next(holder.Length), pick.Next(holder.Length));
            if (holder[a] < 0 || holder[b] < 0 || (!board.IsLoose(a) && !board.IsLoose(b) && a / PartyBoard.SeatsPerParty == b / PartyBoard.SeatsPerParty))
            {
                continue;
            }

            var predicted = new OpenSeat(board, a).CountWith(holder[b]);
            (holder[a], holder[b]) = (holder[b], holder[a]);
            Assert.Equal(board.Violations(a), predicted);
            // Keep the swap now and then, so later comparisons meet parties with broken rules too.
            if (pick.Next(2) == 0)
            {
                (holder[a], holder[b]) = (holder[b], holder[a]);
            }

            compared++;
        }
    }
}
