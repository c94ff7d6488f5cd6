namespace ElectionTool.Draw;

/// <summary>
/// Puts items in a canonical text's order. The engine's own results are already in that order, so a list that
/// is in order is used as it is; anything else gets a stable sort (equal keys keep their order).
/// </summary>
internal static class CanonicalOrder
{
    /// <summary>The items in order, as a span over the list itself when it is an array or a List already in order.</summary>
    public static ReadOnlySpan<T> Of<T>(IEnumerable<T> items, Comparison<T> compare) => Of(items, new Comparing<T>(compare));

    /// <summary>The same with the order as a struct comparer, whose calls are direct (a list that needs sorting takes some 30,000 of them for 3,000 stations).</summary>
    public static ReadOnlySpan<T> Of<T, TOrder>(IEnumerable<T> items, TOrder order)
        where TOrder : struct, IComparer<T>
    {
        var list = Items(items);
        return InOrder(list, order) ? list : Sort(list.ToArray(), order);
    }

    /// <summary>
    /// Stations by unit code (ordinal) then number, equal keys in their given order: the order <see cref="Of{T}"/> gives
    /// with that comparison, in a new array unless they are in that order already.
    /// </summary>
    public static ReadOnlySpan<DrawStation> ByUnitThenNumber(IEnumerable<DrawStation> stations)
    {
        var list = Items(stations);
        return ByUnitThenNumber(list, new DrawStation[list.Length]);
    }

    /// <summary>
    /// The same written into <paramref name="scratch"/> (as long as the stations), or the stations themselves when in
    /// order. A district's stations may come interleaved by unit (the bench's do, one station per unit in turn), which
    /// the run-merging sort takes a dozen passes of text comparisons over; here they are grouped by unit
    /// (<see cref="GroupByUnit"/>) and only a unit whose numbers are out of order is sorted on its own.
    /// </summary>
    public static ReadOnlySpan<DrawStation> ByUnitThenNumber(ReadOnlySpan<DrawStation> stations, Span<DrawStation> scratch)
    {
        if (InOrder(stations, default(StationOrder)))
        {
            return stations;
        }

        var start = 0;
        foreach (var (_, count) in GroupByUnit(stations, scratch))
        {
            var stationsOfUnit = scratch.Slice(start, count);
            if (!InOrder<DrawStation, StationNumberOrder>(stationsOfUnit, default))
            {
                Sort(stationsOfUnit.ToArray(), default(StationNumberOrder)).CopyTo(stationsOfUnit);
            }

            start += count;
        }

        return scratch[..stations.Length];
    }

    /// <summary>
    /// Writes the stations into <paramref name="into"/> (as long as they) unit by unit, units in code order (ordinal, a
    /// missing code first, as the comparison orders it), each unit's stations in their given order; returns each unit's
    /// code and how many stations it has, in that order. Each station is counted into its unit (one look-up of its code)
    /// and the few codes are sorted once: no text comparison per station.
    /// </summary>
    public static (string? Code, int Count)[] GroupByUnit(ReadOnlySpan<DrawStation> stations, Span<DrawStation> into)
    {
        // Scratch of the stations' count, rented: the plan and the input text of every stage group them.
        using var unitOfScratch = new RentedSpan<int>(stations.Length);
        var unitOf = unitOfScratch.Span;
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string?>();
        var missingCode = -1;
        for (var i = 0; i < stations.Length; i++)
        {
            var code = stations[i].UnitCode;
            if (code is null)
            {
                // Not a valid station, but the plan and the text must still take it: its own unit, ordered first.
                if (missingCode < 0)
                {
                    missingCode = codes.Count;
                    codes.Add(null);
                }

                unitOf[i] = missingCode;
                continue;
            }

            ref var unit = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(units, code, out var seen);
            if (!seen)
            {
                unit = codes.Count;
                codes.Add(code);
            }

            unitOf[i] = unit;
        }

        // The units in code order (the codes are distinct, so no two compare equal), each unit's stations placed after
        // those of the units before it, in their given order.
        var counts = new int[codes.Count];
        foreach (var unit in unitOf)
        {
            counts[unit]++;
        }

        var byCode = new int[codes.Count];
        for (var u = 0; u < byCode.Length; u++)
        {
            byCode[u] = u;
        }

        Array.Sort(byCode, (a, b) => string.CompareOrdinal(codes[a], codes[b]));
        var next = new int[codes.Count];
        var grouped = new (string? Code, int Count)[codes.Count];
        var start = 0;
        for (var k = 0; k < byCode.Length; k++)
        {
            var unit = byCode[k];
            next[unit] = start;
            start += counts[unit];
            grouped[k] = (codes[unit], counts[unit]);
        }

        for (var i = 0; i < stations.Length; i++)
        {
            into[next[unitOf[i]]++] = stations[i];
        }

        return grouped;
    }

    private static bool InOrder<T, TOrder>(ReadOnlySpan<T> items, TOrder order)
        where TOrder : struct, IComparer<T>
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (order.Compare(items[i - 1], items[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The canonical order of stations (docs/draw-algorithm.md): unit code, ordinal, then number.</summary>
    private readonly struct StationOrder : IComparer<DrawStation>
    {
        public int Compare(DrawStation? a, DrawStation? b)
        {
            var c = string.CompareOrdinal(a!.UnitCode, b!.UnitCode);
            return c != 0 ? c : a.Number.CompareTo(b.Number);
        }
    }

    private readonly struct StationNumberOrder : IComparer<DrawStation>
    {
        public int Compare(DrawStation? a, DrawStation? b) => a!.Number.CompareTo(b!.Number);
    }

    /// <summary>The same for people by id (the pool's order, checked four times a draw), comparing the ids directly.</summary>
    public static IReadOnlyList<DrawEmployee> ById(IEnumerable<DrawEmployee> people)
    {
        var list = people as IReadOnlyList<DrawEmployee> ?? people.ToList();
        var span = Items(list);
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i - 1].Id > span[i].Id)
            {
                return Sort(span.ToArray(), new Comparing<DrawEmployee>(static (a, b) => a.Id.CompareTo(b.Id)));
            }
        }

        return list;
    }

    /// <summary>An array's, an array segment's or a List's own items, read without an enumerator; anything else copied once.</summary>
    public static ReadOnlySpan<T> Items<T>(IEnumerable<T> items) => items switch
    {
        T[] array => array,
        List<T> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        ArraySegment<T> segment => segment,
        _ => items.ToArray(),
    };

    /// <summary>
    /// Sorts <paramref name="items"/> in place and returns them. A stable sort (the order OrderBy gives) that merges the ascending runs already in the list, two at a time:
    /// the lists sorted here are mostly a few sorted runs (stage 1's assignments by role, each by id; allotments by
    /// kind, each by station), which take a few passes where a full sort takes many.
    /// </summary>
    public static T[] Sort<T, TOrder>(T[] items, TOrder order)
        where TOrder : struct, IComparer<T>
    {
        var from = items;
        var runs = new List<int> { 0 };
        for (var i = 1; i < from.Length; i++)
        {
            if (order.Compare(from[i - 1], from[i]) > 0)
            {
                runs.Add(i);
            }
        }

        runs.Add(from.Length);
        var into = runs.Count > 2 ? new T[from.Length] : from;
        while (runs.Count > 2)
        {
            var merged = new List<int>((runs.Count / 2) + 2) { 0 };
            for (var r = 0; r + 1 < runs.Count; r += 2)
            {
                // A last run without a partner is copied as it is (its "right" run is empty).
                var (left, middle) = (runs[r], runs[r + 1]);
                var end = r + 2 < runs.Count ? runs[r + 2] : middle;
                var (a, b) = (left, middle);
                for (var to = left; to < end; to++)
                {
                    // On a tie the left run's item goes first: that is what keeps the sort stable.
                    into[to] = b >= end || (a < middle && order.Compare(from[a], from[b]) <= 0) ? from[a++] : from[b++];
                }

                merged.Add(end);
            }

            (from, into) = (into, from);
            runs = merged;
        }

        if (from != items)
        {
            from.CopyTo(items, 0);
        }

        return items;
    }

    /// <summary>A comparison as a comparer the sort is compiled for (a struct, so its calls are direct).</summary>
    private readonly struct Comparing<T>(Comparison<T> compare) : IComparer<T>
    {
        public int Compare(T? x, T? y) => compare(x!, y!);
    }
}
