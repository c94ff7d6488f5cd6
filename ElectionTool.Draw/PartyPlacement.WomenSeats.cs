namespace ElectionTool.Draw;

// Women's seats: how many women Polling Officers 4 sit in parties and the pattern dealt (the women rule), then the
// all-women parties' seats filled first.
internal sealed partial class PartyPlacement
{
    /// <summary>Chooses how many women Polling Officers 4 sit in parties rather than loose reserve, then deals.</summary>
    private bool DealWomen(Span<bool> womenSeat, int[] dealt, int attempt)
    {
        var facts = board.People.Facts;
        // The ordinary parties with a 4th officer and without, each in board order, on rented scratch (a large object each otherwise).
        using var fourScratch = new RentedSpan<int>(board.Parties);
        using var threeScratch = new RentedSpan<int>(board.Parties);
        var (fourCount, threeCount) = (0, 0);
        for (var p = 0; p < board.Parties; p++)
        {
            if (!board.AllWomen[p])
            {
                if (board.Fourth[p])
                {
                    fourScratch.Span[fourCount++] = p;
                }
                else
                {
                    threeScratch.Span[threeCount++] = p;
                }
            }
        }

        var four = fourScratch.Span[..fourCount];
        var three = threeScratch.Span[..threeCount];
        for (var r = 0; r < PartyRoles.Count; r++)
        {
            var womenInRole = 0;
            foreach (var i in RolePeople(r))
            {
                womenInRole += facts[i].Woman ? 1 : 0;
            }

            dealt[r] = womenInRole - board.AllWomenSeats((Role)r);
            if (dealt[r] < 0)
            {
                return false;
            }
        }
        var spare4 = dealt[4];
        var low = Math.Max(0, spare4 - board.LooseUnit.Length);
        var choices = new List<int>();
        for (var x = Math.Min(spare4, four.Length); x >= low; x--)
        {
            dealt[4] = x;
            if (WomenPattern.Feasible(dealt, four.Length, four.Length + three.Length))
            {
                choices.Add(x);
            }
        }
        if (choices.Count == 0)
        {
            return false;
        }

        dealt[4] = choices[attempt % choices.Count];
        WomenPattern.Deal(dealt, four, three, womenSeat, rng);
        return true;
    }

    /// <summary>
    /// All-women seats are few and each needs a woman who may serve in that unit, so each seat (in
    /// random order) takes the first woman of the shuffled list who fits; leaves the women left over in <see cref="leftWomen"/>.
    /// </summary>
    private void SeatAllWomen(ReadOnlySpan<int> allWomenSeats, Role role)
    {
        // A woman seated is marked, not removed: picks come from near the front, and removing shifted the whole list
        // for every seat. The women left are those unmarked, in the shuffled order.
        using var takenScratch = new RentedSpan<bool>(womenCount);
        var taken = takenScratch.Span;
        taken.Clear();
        var first = 0;
        using var seatsScratch = new RentedSpan<int>(allWomenSeats.Length);
        var seats = seatsScratch.Span;
        allWomenSeats.CopyTo(seats);
        rng.Shuffle(seats);
        DrawTrace.Note($"{role} all-women seats shuffled: {board.Labels(seats.ToArray())}");
        foreach (var seat in seats)
        {
            var pick = FirstFit(taken, first, seat, Cap(seat, role));
            if (pick < 0)
            {
                pick = FirstFit(taken, first, seat, int.MaxValue);
            }

            if (pick < 0)
            {
                pick = first;
            }

            board.Holder[seat] = Women[pick];
            DrawTrace.Note($"  {board.Label(seat)} <- {board.IdAt(seat)}");
            taken[pick] = true;
            while (first < taken.Length && taken[first])
            {
                first++;
            }
        }

        leftCount = 0;
        for (var i = first; i < womenCount; i++)
        {
            if (!taken[i])
            {
                leftWomen[leftCount++] = women[i];
            }
        }
    }

    /// <summary>The first woman not yet taken who fits the seat and is paid no more than <paramref name="cap"/> (by pay rank), or -1.</summary>
    private int FirstFit(ReadOnlySpan<bool> taken, int first, int seat, int cap)
    {
        var facts = board.People.Facts;
        var women = Women;
        for (var i = first; i < women.Length; i++)
        {
            var w = women[i];
            if (!taken[i] && board.Fits(w, seat) && facts[w].PayRank <= cap)
            {
                return i;
            }
        }

        return -1;
    }
}
