namespace ElectionTool.Draw;

/// <summary>
/// A seat's party (or loose reserve seat) with that seat left open, for the repair's scans: how many rules the
/// party would break with a given person in the seat, everything else as it is. The same count as
/// <see cref="PartyBoard.Violations"/> after seating the person, for a few comparisons per person instead of
/// counting the whole party again, as the repair asks it of thousands of candidates for one broken seat.
/// </summary>
internal sealed class OpenSeat
{
    private readonly StageTwoPeople people;
    private readonly bool loose;
    private readonly int unit;
    private readonly bool presidingSeat;

    /// <summary>The party's Presiding Officer (-1 if none) when the open seat is another role's.</summary>
    private readonly int presiding;

    /// <summary>The people in the party's other seats.</summary>
    private readonly int[] others;

    /// <summary>The rules the others break among themselves, the women rule's "exactly one" left out (it depends on the newcomer).</summary>
    private readonly int othersBreak;

    private readonly int womenOthers;
    private readonly bool allWomen;
    private readonly bool womenPattern;

    public OpenSeat(PartyBoard board, int seat)
    {
        people = board.People;
        loose = board.IsLoose(seat);
        unit = board.UnitOf(seat);
        if (loose)
        {
            others = [];
            presiding = -1;
            return;
        }

        var party = seat / PartyBoard.SeatsPerParty;
        var first = party * PartyBoard.SeatsPerParty;
        presidingSeat = seat == first;
        presiding = presidingSeat ? -1 : board.Holder[first];
        allWomen = board.AllWomen[party];
        womenPattern = board.WomenPattern && !allWomen;
        var seated = new List<int>(PartyBoard.SeatsPerParty - 1);
        for (var s = first; s < first + PartyBoard.SeatsPerParty; s++)
        {
            if (s != seat && board.Holder[s] >= 0)
            {
                seated.Add(board.Holder[s]);
                womenOthers += people.Facts[board.Holder[s]].Woman ? 1 : 0;
            }
        }

        others = [.. seated];
        // The board's own count with the seat empty, less its "exactly one woman" term: every other term only adds up.
        var holder = board.Holder[seat];
        board.Holder[seat] = -1;
        othersBreak = board.Violations(seat) - (womenPattern && womenOthers == 1 ? 1 : 0);
        board.Holder[seat] = holder;
    }

    /// <summary>The party's (or loose seat's) broken-rule count with <paramref name="person"/> in the open seat.</summary>
    public int CountWith(int person)
    {
        var facts = people.Facts;
        ref readonly var candidate = ref facts[person];
        var barred = !candidate.MayServeIn(unit);
        if (loose)
        {
            return barred ? 1 : 0;
        }

        var count = othersBreak + (barred ? 1 : 0);
        if (presidingSeat)
        {
            // Every other member is then a Polling Officer, each a broken rule when paid more than the newcomer.
            foreach (var o in others)
            {
                count += facts[o].PayRank > candidate.PayRank ? 1 : 0;
            }
        }
        else if (presiding >= 0 && candidate.PayRank > facts[presiding].PayRank)
        {
            count++;
        }

        foreach (var o in others)
        {
            count += (facts[o].Office == candidate.Office ? 1 : 0) + (facts[o].Department == candidate.Department ? 1 : 0);
        }

        var woman = candidate.Woman;
        if (allWomen)
        {
            count += woman ? 0 : 1;
        }
        else if (womenPattern && womenOthers + (woman ? 1 : 0) == 1)
        {
            count++;
        }

        return count;
    }
}
