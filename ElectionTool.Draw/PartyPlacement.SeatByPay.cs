namespace ElectionTool.Draw;

// Seating by pay: a role's people, highest paid first, each in a random open seat whose Presiding Officer is paid at
// least as much (ET-DRAW-1 and ET-DRAW-2 pick that seat differently).
internal sealed partial class PartyPlacement
{
    /// <summary>ET-DRAW-1: random picks of a seat before looking through the open seats in order (<see cref="PickV1"/>).</summary>
    private const int Tries = 8;

    /// <summary>ET-DRAW-1: how many open seats it looks through in order at the most.</summary>
    private const int ScanLimit = 4096;

    private readonly bool v1 = DrawAlgorithm.IsV1(version);

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
}
