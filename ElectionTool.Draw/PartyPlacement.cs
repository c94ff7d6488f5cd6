namespace ElectionTool.Draw;

/// <summary>
/// One attempt at stage 2: deal women's seats, then seat each role (Presiding Officers first),
/// highest pay first, each person in a random seat whose Presiding Officer is paid at least as much.
/// A random seat that breaks the office or home-unit rule is retried a few times; what remains is
/// left to <see cref="PartyRepair"/>.
/// </summary>
internal sealed class PartyPlacement(PartyBoard board, DrawSettings settings, DrawRandom rng, string version) : IDisposable
{
    private const int Tries = 8;
    private const int ScanLimit = 4096;
    private readonly bool v1 = DrawAlgorithm.IsV1(version);

    // Kept from one attempt to the next (a stage makes up to 16): the lists are cleared and refilled, so an attempt
    // allocates next to nothing, and each role's seats by kind depend on the board alone. The arrays of the people's
    // or the seats' size are a large object each, and a draw places twice (stage 1's witness and stage 2): they are
    // rented and given back on Dispose.
    /// <summary>
    /// The role being seated split into its women, its men (the others), and the women left once the all-women seats
    /// are filled (room for the men too: without the women rule's pattern they join them, <see cref="SeatMixed"/>): each
    /// the first so many of a rented array as long as the largest role.
    /// </summary>
    private int[] women = [], others = [], leftWomen = [];
    private int womenCount, othersCount, leftCount;

    /// <summary>Each role's people in board order, role after role: role r's from <see cref="roleStart"/>[r] to [r + 1].</summary>
    private int[] byRole = [];
    private readonly int[] roleStart = new int[PartyRoles.Count + 1];

    /// <summary>Each role's seats (<see cref="SeatsByKind"/>), role after role, where <see cref="kindStart"/> says; null until first asked.</summary>
    private int[]? seatsByKind;
    private readonly (int AllWomen, int Ordinary, int Loose, int End)[] kindStart = new (int, int, int, int)[PartyRoles.Count];
    private bool[] womenSeat = [];

    /// <summary>Later attempts vary how many women 4th officers sit in parties, in case the first choice is what blocks.</summary>
    public bool Place(int attempt = 0)
    {
        Array.Fill(board.Holder, -1);
        var people = board.People;
        PeopleByRole();
        DrawTrace.Note($"attempt {attempt + 1}");
        for (var r = 0; r < PartyRoles.Count; r++)
        {
            var list = RolePeople(r);
            rng.Shuffle(list);
            DrawTrace.Note($"shuffled: {DrawTrace.Ids(list.ToArray().Select(i => board.People.Id[i]))}");
        }

        if (this.womenSeat.Length == 0)
        {
            this.womenSeat = System.Buffers.ArrayPool<bool>.Shared.Rent(board.Parties * PartyBoard.SeatsPerParty);
        }

        var womenSeat = this.womenSeat.AsSpan(0, board.Parties * PartyBoard.SeatsPerParty);
        womenSeat.Clear();
        var patterned = settings.WomenRule == WomenRule.NoneOrAtLeastTwo;
        int[] dealt = new int[PartyRoles.Count];
        if (patterned && !DealWomen(womenSeat, dealt, attempt))
        {
            return false;
        }

        var facts = people.Facts;
        foreach (var role in PartyRoles.All)
        {
            var r = (int)role;
            (womenCount, othersCount) = (0, 0);
            foreach (var i in RolePeople(r))
            {
                if (facts[i].Woman)
                {
                    women[womenCount++] = i;
                }
                else
                {
                    others[othersCount++] = i;
                }
            }

            SeatsByKind(role, out var allWomenSeats, out var ordinary, out var loose);
            if (womenCount < allWomenSeats.Length)
            {
                return false;
            }

            SeatAllWomen(allWomenSeats, role);
            var seated = patterned
                ? SeatByPattern(role, Math.Min(dealt[r], leftCount), ordinary, loose, womenSeat)
                : SeatMixed(role, ordinary, loose);
            if (!seated)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The women rule's pattern: the first <paramref name="inParties"/> women left go to the ordinary seats dealt to
    /// women, the other women to loose reserve seats, the men to the rest.
    /// </summary>
    private bool SeatByPattern(Role role, int inParties, ReadOnlySpan<int> ordinary, ReadOnlySpan<int> loose, ReadOnlySpan<bool> womenSeat)
    {
        using var womenSeatsScratch = new RentedSpan<int>(ordinary.Length);
        using var otherSeatsScratch = new RentedSpan<int>(ordinary.Length + loose.Length);
        var (womenSeats, otherSeats) = (0, 0);
        foreach (var s in ordinary)
        {
            if (womenSeat[s])
            {
                womenSeatsScratch.Span[womenSeats++] = s;
            }
            else
            {
                otherSeatsScratch.Span[otherSeats++] = s;
            }
        }

        foreach (var s in loose)
        {
            otherSeatsScratch.Span[otherSeats++] = s;
        }

        // Seat reorders the people it is given: the two runs of the women left are reordered each in its place.
        var left = LeftWomen;
        return Seat(left[..inParties], womenSeatsScratch.Span[..womenSeats], role)
            && Seat(left[inParties..], loose, role)
            && Seat(Others, otherSeatsScratch.Span[..otherSeats], role);
    }

    /// <summary>No pattern: the women left and the men shuffled together onto the ordinary and loose seats.</summary>
    private bool SeatMixed(Role role, ReadOnlySpan<int> ordinary, ReadOnlySpan<int> loose)
    {
        Others.CopyTo(leftWomen.AsSpan(leftCount));
        var rest = leftWomen.AsSpan(0, leftCount + othersCount);
        rng.Shuffle(rest);
        DrawTrace.Note($"{role} rest shuffled: {DrawTrace.Ids(rest.ToArray().Select(i => board.People.Id[i]))}");
        using var seats = new RentedSpan<int>(ordinary.Length + loose.Length);
        ordinary.CopyTo(seats.Span);
        loose.CopyTo(seats.Span[ordinary.Length..]);
        return Seat(rest, seats.Span, role);
    }

    /// <summary>Each role's people, in the board's order (role after role in <see cref="byRole"/>).</summary>
    private void PeopleByRole()
    {
        // Counted first, so each role's run starts where the roles before it end.
        var role = board.People.Role;
        Span<int> next = stackalloc int[PartyRoles.Count];
        foreach (var r in role)
        {
            if ((uint)r < PartyRoles.Count)
            {
                next[(int)r]++;
            }
        }

        for (var r = 0; r < PartyRoles.Count; r++)
        {
            roleStart[r + 1] = roleStart[r] + next[r];
            next[r] = roleStart[r];
        }

        if (byRole.Length == 0)
        {
            byRole = System.Buffers.ArrayPool<int>.Shared.Rent(roleStart[PartyRoles.Count]);
            var largestRole = 0;
            for (var r = 0; r < PartyRoles.Count; r++)
            {
                largestRole = Math.Max(largestRole, roleStart[r + 1] - roleStart[r]);
            }

            (women, others, leftWomen) = (Rent(largestRole), Rent(largestRole), Rent(largestRole));
        }

        for (var i = 0; i < role.Length; i++)
        {
            if ((uint)role[i] < PartyRoles.Count)
            {
                byRole[next[(int)role[i]]++] = i;
            }
        }
    }

    private Span<int> RolePeople(int role) => byRole.AsSpan(roleStart[role], roleStart[role + 1] - roleStart[role]);

    private Span<int> Women => women.AsSpan(0, womenCount);

    private Span<int> Others => others.AsSpan(0, othersCount);

    private Span<int> LeftWomen => leftWomen.AsSpan(0, leftCount);

    /// <summary>A role's seats in board order (<see cref="PartyBoard.SeatsOf"/>): in all-women parties, in other parties, and loose.</summary>
    private void SeatsByKind(Role role, out ReadOnlySpan<int> allWomenSeats, out ReadOnlySpan<int> ordinarySeats, out ReadOnlySpan<int> looseSeats)
    {
        if (seatsByKind is null)
        {
            // Written role by role, each role's seats kind by kind: the kinds' counts are known before its seats are listed.
            seatsByKind = System.Buffers.ArrayPool<int>.Shared.Rent(board.Holder.Length);
            var start = 0;
            foreach (var r in PartyRoles.All)
            {
                var (allWomen, loose, all) = (0, 0, 0);
                foreach (var seat in board.SeatsOf(r))
                {
                    all++;
                    loose += board.IsLoose(seat) ? 1 : 0;
                    allWomen += !board.IsLoose(seat) && board.AllWomen[seat / PartyBoard.SeatsPerParty] ? 1 : 0;
                }

                var (nextAllWomen, nextOrdinary, nextLoose) = (start, start + allWomen, start + all - loose);
                kindStart[(int)r] = (nextAllWomen, nextOrdinary, nextLoose, start + all);
                foreach (var seat in board.SeatsOf(r))
                {
                    if (board.IsLoose(seat))
                    {
                        seatsByKind[nextLoose++] = seat;
                    }
                    else if (board.AllWomen[seat / PartyBoard.SeatsPerParty])
                    {
                        seatsByKind[nextAllWomen++] = seat;
                    }
                    else
                    {
                        seatsByKind[nextOrdinary++] = seat;
                    }
                }

                start += all;
            }
        }

        var (w, o, l, end) = kindStart[(int)role];
        allWomenSeats = seatsByKind.AsSpan(w, o - w);
        ordinarySeats = seatsByKind.AsSpan(o, l - o);
        looseSeats = seatsByKind.AsSpan(l, end - l);
    }

    private static int[] Rent(int length) => System.Buffers.ArrayPool<int>.Shared.Rent(length);

    /// <summary>Gives the rented arrays back; no attempt is to be made after this.</summary>
    public void Dispose()
    {
        if (byRole.Length > 0)
        {
            foreach (var array in (int[][])[byRole, women, others, leftWomen])
            {
                System.Buffers.ArrayPool<int>.Shared.Return(array);
            }

            (byRole, women, others, leftWomen) = ([], [], [], []);
        }

        if (seatsByKind is not null)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(seatsByKind);
            seatsByKind = null;
        }

        if (womenSeat.Length > 0)
        {
            System.Buffers.ArrayPool<bool>.Shared.Return(womenSeat);
            womenSeat = [];
        }
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
    /// Greedy by pay: with people sorted high to low, the seats open to each only grow. <paramref name="persons"/> is
    /// reordered; <paramref name="seats"/> is left as it is.
    /// </summary>
    private bool Seat(Span<int> persons, ReadOnlySpan<int> seats, Role role)
    {
        var people = board.People;
        var facts = people.Facts;
        using var emptyScratch = new RentedSpan<int>(seats.Length);
        var emptyCount = 0;
        foreach (var s in seats)
        {
            if (board.Holder[s] < 0)
            {
                emptyScratch.Span[emptyCount++] = s;
            }
        }

        var empty = emptyScratch.Span[..emptyCount];
        if (persons.Length > empty.Length)
        {
            return false;
        }

        if (persons.Length == 0)
        {
            return true;
        }

        // Highest pay first, equals in their given order.
        using var given = new RentedSpan<int>(persons.Length);
        using var ranks = new RentedSpan<int>(persons.Length);
        using var byPay = new RentedSpan<int>(persons.Length);
        persons.CopyTo(given.Span);
        for (var k = 0; k < persons.Length; k++)
        {
            ranks.Span[k] = facts[persons[k]].PayRank;
        }

        HighestFirst(ranks.Span, byPay.Span);
        for (var k = 0; k < persons.Length; k++)
        {
            persons[k] = given.Span[byPay.Span[k]];
        }

        rng.Shuffle(empty);
        DrawTrace.Note($"{role} seats shuffled: {board.Labels(empty.ToArray())}; people by pay: {DrawTrace.Ids(persons.ToArray().Select(i => board.People.Id[i]))}");
        // Seats by cap, highest first, then by position.
        using var capScratch = new RentedSpan<int>(empty.Length);
        var cap = capScratch.Span;
        for (var k = 0; k < cap.Length; k++)
        {
            cap[k] = Cap(empty[k], role);
        }

        using var byCapScratch = new RentedSpan<int>(empty.Length);
        var byCap = byCapScratch.Span;
        HighestFirst(cap, byCap);
        // The seats open to the current person: the first openCount.
        using var openScratch = new RentedSpan<int>(empty.Length);
        var open = openScratch.Span;
        var openCount = 0;
        var next = 0;
        foreach (var person in persons)
        {
            while (next < byCap.Length && cap[byCap[next]] >= facts[person].PayRank)
            {
                open[openCount++] = empty[byCap[next++]];
            }

            if (openCount == 0)
            {
                open[openCount++] = empty[byCap[next++]];
            }

            var choices = open[..openCount];
            var pick = v1 ? PickV1(person, choices) : PickV2(person, choices);
            board.Holder[choices[pick]] = person;
            DrawTrace.Note($"  {board.Label(choices[pick])} <- {people.Id[person]}");
            choices[pick] = choices[^1];
            openCount--;
        }
        return true;
    }

    /// <summary>
    /// Writes positions 0..n-1 into <paramref name="order"/> ordered by value, highest first, equal values in position
    /// order. The values are pay ranks (below the number of people) or no cap at all, so a counting sort does it in two passes.
    /// </summary>
    private void HighestFirst(ReadOnlySpan<int> values, Span<int> order)
    {
        // Slot 0 for no cap, then ranks from the highest down; each slot's count becomes where its run starts.
        var top = board.People.Count;
        using var startsScratch = new RentedSpan<int>(top + 2);
        var starts = startsScratch.Span;
        starts.Clear();
        foreach (var v in values)
        {
            starts[Slot(v) + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        for (var k = 0; k < values.Length; k++)
        {
            order[starts[Slot(values[k])]++] = k;
        }

        int Slot(int value) => value == int.MaxValue ? 0 : top - value;
    }

    /// <summary>ET-DRAW-2: one draw for a starting place, then the first open seat that fits, going round; else the drawn one.</summary>
    private int PickV2(int person, ReadOnlySpan<int> open)
    {
        var start = rng.NextInt(open.Length);
        for (var k = 0; k < open.Length; k++)
        {
            var at = start + k < open.Length ? start + k : start + k - open.Length;
            if (board.Fits(person, open[at]))
            {
                return at;
            }
        }
        return start;
    }

    /// <summary>ET-DRAW-1: up to 8 random picks, then the open seats in order (at most 4,096), else a random one.</summary>
    private int PickV1(int person, ReadOnlySpan<int> open)
    {
        var pick = -1;
        for (var t = 0; t < Tries && pick < 0; t++)
        {
            var k = rng.NextInt(open.Length);
            if (board.Fits(person, open[k]))
            {
                pick = k;
            }
        }
        // Few open seats fit (a small unit, a big office): look through them in order before giving up.
        for (var k = 0; k < open.Length && k < ScanLimit && pick < 0; k++)
        {
            if (board.Fits(person, open[k]))
            {
                pick = k;
            }
        }

        if (pick < 0)
        {
            pick = rng.NextInt(open.Length);
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
        return presiding < 0 ? int.MaxValue : board.People.Facts[presiding].PayRank;
    }
}
