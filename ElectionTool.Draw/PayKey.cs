namespace ElectionTool.Draw;

/// <summary>
/// Pay level and basic pay as one number that orders people exactly as <see cref="Eligibility.ComparePay"/> does,
/// so sorting thousands of drafted people compares integers instead of decimals.
/// </summary>
internal static class PayKey
{
    /// <summary>The level sits above this bit, the basic pay below it.</summary>
    private const int LevelShift = 40;

    /// <summary>Stands for a person with no key (a key is never negative): compare the records.</summary>
    public const long NotWhole = -1;

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
            key = ((long)level << LevelShift) | ((long)(uint)bits[1] << 32) | (uint)bits[0];
            return true;
        }

        var basic = e.BasicPay;
        if (basic < 0 || basic >= 1L << LevelShift || basic != decimal.Truncate(basic))
        {
            return false;
        }

        key = ((long)level << LevelShift) | (long)basic;
        return true;
    }

    /// <summary>
    /// Rewrites keys (all from <see cref="TryOf"/>) in the same order in fewer bits: the basic pay in as many bits as the
    /// largest needs, the level just above it. Returns how many bits the largest key now takes.
    /// </summary>
    public static int Compact(Span<long> keys)
    {
        long basicMask = (1L << LevelShift) - 1, largestBasic = 0, largestLevel = 0;
        foreach (var key in keys)
        {
            largestBasic = Math.Max(largestBasic, key & basicMask);
            largestLevel = Math.Max(largestLevel, key >> LevelShift);
        }

        var basicBits = BitLength(largestBasic);
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((keys[i] >> LevelShift) << basicBits) | (keys[i] & basicMask);
        }

        return basicBits + BitLength(largestLevel);

        static int BitLength(long value) => 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)value);
    }
}
