namespace ElectionTool.Draw;

/// <summary>
/// The seats of stage 2: every party of every unit (five seats each, the 4th officer's only in
/// parties with one) followed by the loose reserve Polling Officer 4 seats. A seat is an int:
/// party * 5 + role, or Parties * 5 + k for loose seat k.
/// </summary>
internal sealed class PartyBoard
{
    public const int SeatsPerParty = 5;

    private readonly int allWomenParties;
    private readonly int allWomenWithFourth;

    public PartyBoard(DrawPlan plan, StageTwoPeople people, bool womenPattern)
    {
        People = people;
        WomenPattern = womenPattern;
        // Counted first, so each array is made once at its size.
        var (parties, looseSeats) = (0, 0);
        foreach (var n in plan.Units)
        {
            foreach (var kind in KindsOf(n))
            {
                parties += Math.Max(0, kind.Count);
            }

            looseSeats += Math.Max(0, n.ReserveFourthOfficers);
        }

        (PartyUnit, AllWomen, Fourth, Reserve, LooseUnit) = (new int[parties], new bool[parties], new bool[parties], new bool[parties], new int[looseSeats]);
        var (party, loose) = (0, 0);
        for (var u = 0; u < plan.Units.Count; u++)
        {
            foreach (var kind in KindsOf(plan.Units[u]))
            {
                for (var i = 0; i < kind.Count; i++, party++)
                {
                    (PartyUnit[party], AllWomen[party], Fourth[party], Reserve[party]) = (u, kind.AllWomen, kind.Fourth, kind.Reserve);
                }
            }

            for (var k = 0; k < plan.Units[u].ReserveFourthOfficers; k++)
            {
                LooseUnit[loose++] = u;
            }
        }
        Parties = PartyUnit.Length;
        Holder = new int[Parties * SeatsPerParty + LooseUnit.Length];
        for (var p = 0; p < Parties; p++)
        {
            if (AllWomen[p])
            {
                allWomenParties++;
                allWomenWithFourth += Fourth[p] ? 1 : 0;
            }
        }
    }

    /// <summary>A unit's parties kind by kind, in board order: how many, all-women, with a 4th officer, reserve.</summary>
    private static (int Count, bool AllWomen, bool Fourth, bool Reserve)[] KindsOf(UnitNeed n) =>
    [
        (n.WomenManagedWithFourth, true, true, false),
        (n.WomenManaged - n.WomenManagedWithFourth, true, false, false),
        (n.WithFourth - n.WomenManagedWithFourth, false, true, false),
        (n.Stations - n.WomenManaged - n.WithFourth + n.WomenManagedWithFourth, false, false, false),
        (n.ReserveAllWomenParties, true, false, true),
        (n.ReserveParties - n.ReserveAllWomenParties, false, false, true),
    ];

    public StageTwoPeople People { get; }

    /// <summary>Whether ordinary parties must have no women or at least two.</summary>
    public bool WomenPattern { get; }
    public int Parties { get; }
    public int[] PartyUnit { get; }
    public bool[] AllWomen { get; }
    public bool[] Fourth { get; }
    public bool[] Reserve { get; }
    public int[] LooseUnit { get; }

    /// <summary>Who sits in each seat; -1 while empty.</summary>
    public int[] Holder { get; }

    /// <summary>How a seat is named in traces: board party and role ("P3.PO2"), or loose reserve seat ("R1").</summary>
    public string Label(int seat) => IsLoose(seat)
        ? $"R{seat - Parties * SeatsPerParty + 1}"
        : $"P{seat / SeatsPerParty + 1}.{(seat % SeatsPerParty == 0 ? "PO" : "PO" + seat % SeatsPerParty)}";

    public string Labels(IEnumerable<int> seats) => string.Join(" ", seats.Select(Label));

    public long IdAt(int seat) => People.Id[Holder[seat]];

    public bool IsLoose(int seat) => seat >= Parties * SeatsPerParty;

    public bool Exists(int seat) => IsLoose(seat) || seat % SeatsPerParty != (int)Role.PollingOfficer4 || Fourth[seat / SeatsPerParty];

    public int UnitOf(int seat) => IsLoose(seat) ? LooseUnit[seat - Parties * SeatsPerParty] : PartyUnit[seat / SeatsPerParty];

    /// <summary>A role's seats in all-women parties (the 4th officer's only in those with one).</summary>
    public int AllWomenSeats(Role role) => role == Role.PollingOfficer4 ? allWomenWithFourth : allWomenParties;

    public IEnumerable<int> SeatsOf(Role role)
    {
        for (var p = 0; p < Parties; p++)
        {
            if ((int)role < 4 || Fourth[p])
            {
                yield return p * SeatsPerParty + (int)role;
            }
        }

        if (role == Role.PollingOfficer4)
        {
            for (var k = 0; k < LooseUnit.Length; k++)
            {
                yield return Parties * SeatsPerParty + k;
            }
        }
    }

    /// <summary>Broken rules in a seat's party (or loose seat), the women rule included.</summary>
    public int Violations(int seat)
    {
        var people = People;
        var holders = Holder;
        if (IsLoose(seat))
        {
            var holder = holders[seat];
            return holder >= 0 && !people.MayServeIn(holder, UnitOf(seat)) ? 1 : 0;
        }

        // The repair's inner loop: the five seats of one party, each person's facts read once.
        var facts = people.Facts;
        var party = seat / SeatsPerParty;
        var seats = holders.AsSpan(party * SeatsPerParty, SeatsPerParty);
        var unit = PartyUnit[party];
        var presidingRank = seats[0] >= 0 ? facts[seats[0]].PayRank : -1;
        var count = 0;
        var women = 0;
        var seated = 0;
        for (var r = 0; r < seats.Length; r++)
        {
            var m = seats[r];
            if (m < 0)
            {
                continue;
            }

            ref readonly var member = ref facts[m];
            seated++;
            if (member.Woman)
            {
                women++;
            }

            if (!member.MayServeIn(unit))
            {
                count++;
            }

            if (r > 0 && presidingRank >= 0 && member.PayRank > presidingRank)
            {
                count++;
            }

            for (var q = 0; q < r; q++)
            {
                var o = seats[q];
                if (o < 0)
                {
                    continue;
                }

                ref readonly var other = ref facts[o];
                if (other.Office == member.Office)
                {
                    count++;
                }

                if (other.Department == member.Department)
                {
                    count++;
                }
            }
        }
        if (AllWomen[party])
        {
            count += seated - women;
        }
        else if (WomenPattern && women == 1)
        {
            count++;
        }

        return count;
    }

    /// <summary>Whether the person in this seat takes part in one of its party's broken rules.</summary>
    public bool Involved(int seat)
    {
        var people = People;
        var m = Holder[seat];
        if (m < 0)
        {
            return false;
        }

        if (!people.MayServeIn(m, UnitOf(seat)))
        {
            return true;
        }

        if (IsLoose(seat))
        {
            return false;
        }

        var facts = people.Facts;
        ref readonly var own = ref facts[m];
        var first = seat / SeatsPerParty * SeatsPerParty;
        var presiding = Holder[first];
        if (AllWomen[first / SeatsPerParty] && !own.Woman)
        {
            return true;
        }

        if (WomenPattern && !AllWomen[first / SeatsPerParty] && WomenIn(first) == 1)
        {
            return true;
        }

        for (var r = 0; r < SeatsPerParty; r++)
        {
            var o = Holder[first + r];
            if (o < 0 || first + r == seat)
            {
                continue;
            }

            if (facts[o].Office == own.Office || facts[o].Department == own.Department)
            {
                return true;
            }

            if (seat == first && facts[o].PayRank > own.PayRank)
            {
                return true;
            }
        }
        return seat != first && presiding >= 0 && own.PayRank > facts[presiding].PayRank;
    }

    private int WomenIn(int first)
    {
        var women = 0;
        for (var r = 0; r < SeatsPerParty; r++)
        {
            if (Holder[first + r] >= 0 && People.Facts[Holder[first + r]].Woman)
            {
                women++;
            }
        }

        return women;
    }

    /// <summary>Could the person join this seat's party without breaking office, department or home-unit rules?</summary>
    public bool Fits(int person, int seat)
    {
        var people = People;
        if (!people.MayServeIn(person, UnitOf(seat)))
        {
            return false;
        }

        if (IsLoose(seat))
        {
            return true;
        }

        var facts = people.Facts;
        var (ownOffice, ownDepartment) = (facts[person].Office, facts[person].Department);
        foreach (var o in Holder.AsSpan(seat / SeatsPerParty * SeatsPerParty, SeatsPerParty))
        {
            if (o >= 0 && (facts[o].Office == ownOffice || facts[o].Department == ownDepartment))
            {
                return false;
            }
        }
        return true;
    }
}
