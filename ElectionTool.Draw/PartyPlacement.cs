namespace ElectionTool.Draw;

/// <summary>
/// One attempt at stage 2: deal women's seats, then seat each role (Presiding Officers first),
/// highest pay first, each person in a random seat whose Presiding Officer is paid at least as much.
/// A random seat that breaks the office or home-unit rule is retried a few times; what remains is
/// left to <see cref="PartyRepair"/>.
/// </summary>
internal sealed class PartyPlacement(PartyBoard board, DrawSettings settings, DrawRandom rng, string version)
{
    private const int Tries = 8;
    private const int ScanLimit = 4096;
    private readonly bool v1 = DrawAlgorithm.IsV1(version);
    private int[]? slotStarts;

    /// <summary>Later attempts vary how many women 4th officers sit in parties, in case the first choice is what blocks.</summary>
    public bool Place(int attempt = 0)
    {
        Array.Fill(board.Holder, -1);
        var people = board.People;
        var byRole = PeopleByRole();
        DrawTrace.Note($"attempt {attempt + 1}");
        foreach (var list in byRole)
        {
            rng.Shuffle(list);
            DrawTrace.Note($"shuffled: {DrawTrace.Ids(list.Select(i => people.Id[i]))}");
        }

        var womenSeat = new bool[board.Parties * PartyBoard.SeatsPerParty];
        var patterned = settings.WomenRule == WomenRule.NoneOrAtLeastTwo;
        int[] dealt = new int[PartyRoles.Count];
        if (patterned && !DealWomen(byRole, womenSeat, dealt, attempt))
        {
            return false;
        }

        foreach (var role in PartyRoles.All)
        {
            var r = (int)role;
            var women = new List<int>(byRole[r].Count);
            var others = new List<int>(byRole[r].Count);
            foreach (var i in byRole[r])
            {
                (people.Woman[i] ? women : others).Add(i);
            }

            var (allWomenSeats, ordinary, loose) = SeatsByKind(role);
            if (women.Count < allWomenSeats.Count)
            {
                return false;
            }

            var leftWomen = SeatAllWomen(women, allWomenSeats, role);
            if (patterned)
            {
                var inParties = Math.Min(dealt[r], leftWomen.Count);
                var womenSeats = new List<int>(ordinary.Count);
                var otherSeats = new List<int>(ordinary.Count + loose.Count);
                foreach (var s in ordinary)
                {
                    (womenSeat[s] ? womenSeats : otherSeats).Add(s);
                }

                otherSeats.AddRange(loose);
                if (!Seat(leftWomen.GetRange(0, inParties), womenSeats, role))
                {
                    return false;
                }

                if (!Seat(leftWomen.GetRange(inParties, leftWomen.Count - inParties), loose, role))
                {
                    return false;
                }

                if (!Seat(others, otherSeats, role))
                {
                    return false;
                }
            }
            else
            {
                var rest = leftWomen;
                rest.AddRange(others);
                rng.Shuffle(rest);
                DrawTrace.Note($"{role} rest shuffled: {DrawTrace.Ids(rest.Select(i => people.Id[i]))}");
                ordinary.AddRange(loose);
                if (!Seat(rest, ordinary, role))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Each role's people, in the board's order.</summary>
    private List<int>[] PeopleByRole()
    {
        var people = board.People;
        var byRole = new List<int>[PartyRoles.Count];
        for (var r = 0; r < byRole.Length; r++)
        {
            byRole[r] = [];
        }

        for (var i = 0; i < people.Count; i++)
        {
            if ((uint)people.Role[i] < PartyRoles.Count)
            {
                byRole[(int)people.Role[i]].Add(i);
            }
        }

        return byRole;
    }

    /// <summary>A role's seats in board order (<see cref="PartyBoard.SeatsOf"/>): in all-women parties, in other parties, and loose.</summary>
    private (List<int> AllWomen, List<int> Ordinary, List<int> Loose) SeatsByKind(Role role)
    {
        var (allWomen, ordinary, loose) = (new List<int>(), new List<int>(board.Parties), new List<int>(board.LooseUnit.Length));
        foreach (var seat in board.SeatsOf(role))
        {
            (board.IsLoose(seat) ? loose : board.AllWomen[seat / PartyBoard.SeatsPerParty] ? allWomen : ordinary).Add(seat);
        }

        return (allWomen, ordinary, loose);
    }

    /// <summary>
    /// All-women seats are few and each needs a woman who may serve in that unit, so each seat (in
    /// random order) takes the first woman of the shuffled list who fits; returns the women left over.
    /// </summary>
    private List<int> SeatAllWomen(List<int> women, List<int> seats, Role role)
    {
        // A woman seated is marked, not removed: picks come from near the front, and removing shifted the whole list
        // for every seat. The women left are those unmarked, in the shuffled order.
        var taken = new bool[women.Count];
        var first = 0;
        rng.Shuffle(seats);
        DrawTrace.Note($"{role} all-women seats shuffled: {board.Labels(seats)}");
        foreach (var seat in seats)
        {
            var pick = FirstFit(women, taken, first, seat, Cap(seat, role));
            if (pick < 0)
            {
                pick = FirstFit(women, taken, first, seat, int.MaxValue);
            }

            if (pick < 0)
            {
                pick = first;
            }

            board.Holder[seat] = women[pick];
            DrawTrace.Note($"  {board.Label(seat)} <- {board.IdAt(seat)}");
            taken[pick] = true;
            while (first < taken.Length && taken[first])
            {
                first++;
            }
        }

        var left = new List<int>(women.Count - seats.Count);
        for (var i = first; i < women.Count; i++)
        {
            if (!taken[i])
            {
                left.Add(women[i]);
            }
        }

        return left;
    }

    /// <summary>The first woman not yet taken who fits the seat and is paid no more than <paramref name="cap"/> (by pay rank), or -1.</summary>
    private int FirstFit(List<int> women, bool[] taken, int first, int seat, int cap)
    {
        for (var i = first; i < women.Count; i++)
        {
            var w = women[i];
            if (!taken[i] && board.Fits(w, seat) && board.People.PayRank[w] <= cap)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Chooses how many women Polling Officers 4 sit in parties rather than loose reserve, then deals.</summary>
    private bool DealWomen(List<int>[] byRole, bool[] womenSeat, int[] dealt, int attempt)
    {
        var people = board.People;
        var four = new List<int>();
        var three = new List<int>();
        for (var p = 0; p < board.Parties; p++)
        {
            if (!board.AllWomen[p])
            {
                (board.Fourth[p] ? four : three).Add(p);
            }
        }

        for (var r = 0; r < PartyRoles.Count; r++)
        {
            var women = 0;
            foreach (var i in byRole[r])
            {
                women += people.Woman[i] ? 1 : 0;
            }

            dealt[r] = women - board.AllWomenSeats((Role)r);
            if (dealt[r] < 0)
            {
                return false;
            }
        }
        var spare4 = dealt[4];
        var low = Math.Max(0, spare4 - board.LooseUnit.Length);
        var choices = new List<int>();
        for (var x = Math.Min(spare4, four.Count); x >= low; x--)
        {
            dealt[4] = x;
            if (WomenPattern.Feasible(dealt, four.Count, four.Count + three.Count))
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

    /// <summary>Greedy by pay: with people sorted high to low, the seats open to each only grow. <paramref name="persons"/> is reordered; <paramref name="seats"/> is left as it is.</summary>
    private bool Seat(List<int> persons, List<int> seats, Role role)
    {
        var people = board.People;
        var empty = new List<int>(seats.Count);
        foreach (var s in seats)
        {
            if (board.Holder[s] < 0)
            {
                empty.Add(s);
            }
        }

        seats = empty;
        if (persons.Count > seats.Count)
        {
            return false;
        }

        if (persons.Count == 0)
        {
            return true;
        }

        // Highest pay first, equals in their given order.
        var ranks = new int[persons.Count];
        for (var k = 0; k < ranks.Length; k++)
        {
            ranks[k] = people.PayRank[persons[k]];
        }

        var given = persons.ToArray();
        var byPay = HighestFirst(ranks);
        for (var k = 0; k < byPay.Length; k++)
        {
            persons[k] = given[byPay[k]];
        }

        rng.Shuffle(seats);
        DrawTrace.Note($"{role} seats shuffled: {board.Labels(seats)}; people by pay: {DrawTrace.Ids(persons.Select(i => people.Id[i]))}");
        // Seats by cap, highest first, then by position.
        var cap = new int[seats.Count];
        for (var k = 0; k < cap.Length; k++)
        {
            cap[k] = Cap(seats[k], role);
        }

        var byCap = HighestFirst(cap);
        var open = new List<int>(seats.Count);
        var next = 0;
        foreach (var person in persons)
        {
            while (next < byCap.Length && cap[byCap[next]] >= people.PayRank[person])
            {
                open.Add(seats[byCap[next++]]);
            }

            if (open.Count == 0)
            {
                open.Add(seats[byCap[next++]]);
            }

            var pick = v1 ? PickV1(person, open) : PickV2(person, open);
            board.Holder[open[pick]] = person;
            DrawTrace.Note($"  {board.Label(open[pick])} <- {people.Id[person]}");
            open[pick] = open[^1];
            open.RemoveAt(open.Count - 1);
        }
        return true;
    }

    /// <summary>
    /// Positions 0..n-1 ordered by value, highest first, equal values in position order. The values are pay ranks
    /// (below the number of people) or no cap at all, so a counting sort does it in two passes.
    /// </summary>
    private int[] HighestFirst(int[] values)
    {
        // Slot 0 for no cap, then ranks from the highest down; each slot's count becomes where its run starts.
        var top = board.People.Count;
        var starts = slotStarts ??= new int[top + 2];
        Array.Clear(starts);
        foreach (var v in values)
        {
            starts[Slot(v) + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var order = new int[values.Length];
        for (var k = 0; k < values.Length; k++)
        {
            order[starts[Slot(values[k])]++] = k;
        }

        return order;

        int Slot(int value) => value == int.MaxValue ? 0 : top - value;
    }

    /// <summary>ET-DRAW-2: one draw for a starting place, then the first open seat that fits, going round; else the drawn one.</summary>
    private int PickV2(int person, List<int> open)
    {
        var start = rng.NextInt(open.Count);
        for (var k = 0; k < open.Count; k++)
        {
            var at = start + k < open.Count ? start + k : start + k - open.Count;
            if (board.Fits(person, open[at]))
            {
                return at;
            }
        }
        return start;
    }

    /// <summary>ET-DRAW-1: up to 8 random picks, then the open seats in order (at most 4,096), else a random one.</summary>
    private int PickV1(int person, List<int> open)
    {
        var pick = -1;
        for (var t = 0; t < Tries && pick < 0; t++)
        {
            var k = rng.NextInt(open.Count);
            if (board.Fits(person, open[k]))
            {
                pick = k;
            }
        }
        // Few open seats fit (a small unit, a big office): look through them in order before giving up.
        for (var k = 0; k < open.Count && k < ScanLimit && pick < 0; k++)
        {
            if (board.Fits(person, open[k]))
            {
                pick = k;
            }
        }

        if (pick < 0)
        {
            pick = rng.NextInt(open.Count);
        }

        return pick;
    }

    private int Cap(int seat, Role role)
    {
        if (role == Role.PresidingOfficer || board.IsLoose(seat))
        {
            return int.MaxValue;
        }

        var presiding = board.Holder[seat / PartyBoard.SeatsPerParty * PartyBoard.SeatsPerParty];
        return presiding < 0 ? int.MaxValue : board.People.PayRank[presiding];
    }
}
