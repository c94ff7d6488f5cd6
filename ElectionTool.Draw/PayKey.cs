namespace ElectionTool.Draw;

/// <summary>
/// Pay level and basic pay as one number that orders people exactly as <see cref="Eligibility.ComparePay"/> does,
/// so sorting thousands of drafted people compares integers instead of decimals.
/// </summary>
internal static class PayKey
{
    /// <summary>Level above bit 40, basic pay below; false when the amount is not whole or out of range (compare the records then).</summary>
    public static bool TryOf(DrawEmployee e, out long key)
    {
        key = 0;
        var level = e.PayLevel;
        if (level is < 0 or >= 1 << 20)
        {
            return false;
        }

        // The common case read from the decimal's parts: no scale, not negative, below 2^40.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(e.BasicPay, bits);
        if (bits[3] == 0 && bits[2] == 0 && (uint)bits[1] < 256)
        {
            key = ((long)level << 40) | ((long)(uint)bits[1] << 32) | (uint)bits[0];
            return true;
        }

        var basic = e.BasicPay;
        if (basic < 0 || basic >= 1L << 40 || basic != decimal.Truncate(basic))
        {
            return false;
        }

        key = ((long)level << 40) | (long)basic;
        return true;
    }

    /// <summary>Every person's key, or null when any amount needs the exact comparison.</summary>
    public static long[]? Of(IReadOnlyList<DrawEmployee> people)
    {
        var keys = new long[people.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            if (!TryOf(people[i], out keys[i]))
            {
                return null;
            }
        }

        return keys;
    }
}
