namespace ElectionTool.Draw;

/// <summary>
/// Orders indexes by small non-negative integer keys (compacted pay keys, say) with a radix sort: a few counting
/// passes over the keys where a comparison sort of 15,000 of them takes about fifteen, each with branches the data
/// decides.
/// </summary>
internal static class KeySort
{
    /// <summary>The most key bits one pass sorts on: 4,096 counters, small enough to stay in the first-level cache.</summary>
    private const int MostDigitBits = 12;

    /// <summary>
    /// Writes the indexes of <paramref name="keys"/> into <paramref name="order"/> (as long as the keys) from the lowest
    /// key to the highest, equal keys in index order (the sort is stable). Every key must be non-negative and below
    /// 2^<paramref name="bits"/>.
    /// </summary>
    public static void Ascending(ReadOnlySpan<long> keys, int bits, Span<int> order)
    {
        var n = keys.Length;
        order = order[..n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        if (bits <= 0)
        {
            return;
        }

        // Least significant digit first: each pass is stable, so it keeps the order the earlier (lower) digits set. The
        // bits are shared evenly over the fewest passes (pay keys take about 23: two passes of 12). The passes write
        // back and forth between the order and a rented scratch of its size (a large object for thousands of keys).
        var passes = (bits + MostDigitBits - 1) / MostDigitBits;
        var digitBits = (bits + passes - 1) / passes;
        using var scratch = new RentedSpan<int>(n);
        var from = order;
        var to = scratch.Span;
        // The digits' counters too (16 kB for 12 bits): a draw sorts three times.
        using var startScratch = new RentedSpan<int>(1 << digitBits);
        var start = startScratch.Span;
        var mask = (1L << digitBits) - 1;
        var sortedInOrder = true;
        for (var shift = 0; shift < bits; shift += digitBits)
        {
            start.Clear();
            foreach (var key in keys)
            {
                start[(int)((key >> shift) & mask)]++;
            }

            var at = 0;
            for (var digit = 0; digit < start.Length; digit++)
            {
                (start[digit], at) = (at, at + start[digit]);
            }

            foreach (var i in from)
            {
                to[start[(int)((keys[i] >> shift) & mask)]++] = i;
            }

            var written = to;
            to = from;
            from = written;
            sortedInOrder = !sortedInOrder;
        }

        if (!sortedInOrder)
        {
            from.CopyTo(order);
        }
    }
}
