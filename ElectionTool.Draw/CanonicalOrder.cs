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
        for (var i = 1; i < list.Length; i++)
        {
            if (order.Compare(list[i - 1], list[i]) > 0)
            {
                return Sort(list.ToArray(), order);
            }
        }

        return list;
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

    /// <summary>An array's or a List's own items, read without an enumerator; anything else copied once.</summary>
    private static ReadOnlySpan<T> Items<T>(IEnumerable<T> items) => items switch
    {
        T[] array => array,
        List<T> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
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
