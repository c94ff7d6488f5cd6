namespace ElectionTool.Draw;

/// <summary>
/// Can a role's people fill every unit's seats in units they may serve in, with the all-women seats held by
/// women? Decided exactly by Hall's condition, which stays small because a person is barred from at most four
/// units (voter, residence, home, office): a set of seats whose units are not all barred to someone can be
/// reached by everyone, so only sets of at most four units inside someone's barred set need counting
/// (docs/draw-algorithm.md §7). Linear in the people, whatever the number of units.
/// </summary>
internal static class UnitCapacity
{
    /// <summary>ET-DRAW-1 skipped the check above this many units; kept only so its runs re-run identically.</summary>
    public const int LegacyMaxUnits = 128;

    public static DrawFinding? Shortfall(DrawPlan plan, IReadOnlyList<(DrawEmployee Person, Role Role)> drafted, string version) =>
        PartyRoles.All.Select(role => Shortfall(plan, role, drafted.Where(d => d.Role == role).Select(d => d.Person), version))
            .FirstOrDefault(f => f is not null);

    public static DrawFinding? Shortfall(DrawPlan plan, Role role, IEnumerable<DrawEmployee> people, string version)
    {
        var index = UnitIndex(plan);
        return Shortfall(plan, role, people.Select(e => Key(e, index)), version);
    }

    public static Dictionary<string, int> UnitIndex(DrawPlan plan)
    {
        var index = new Dictionary<string, int>(plan.Units.Count, StringComparer.Ordinal);
        for (var u = 0; u < plan.Units.Count; u++)
        {
            index[plan.Units[u].UnitCode] = u;
        }

        return index;
    }

    /// <summary>A person as the check sees them: the drawn units barred to them (packed) and whether a woman.</summary>
    public static (ulong Barred, bool Woman) Key(DrawEmployee e, Dictionary<string, int> unitIndex)
    {
        Span<int> barred = stackalloc int[4];
        var count = Barred(e, unitIndex, barred);
        return (UnitSet.Of(barred[..count], (1 << count) - 1).Packed, Eligibility.IsWoman(e));
    }

    /// <summary>The same from unit indexes already known (-1 = not a drawn unit).</summary>
    public static (ulong Barred, bool Woman) Key(ReadOnlySpan<int> units, bool woman)
    {
        Span<int> barred = stackalloc int[4];
        var count = 0;
        foreach (var u in units)
        {
            if (u >= 0 && !barred[..count].Contains(u))
            {
                barred[count++] = u;
            }
        }
        barred[..count].Sort();
        return (UnitSet.Of(barred[..count], (1 << count) - 1).Packed, woman);
    }

    public static DrawFinding? Shortfall(DrawPlan plan, Role role, IEnumerable<(ulong Barred, bool Woman)> people, string version)
    {
        // People with the same barred units count as one group (in order of first appearance).
        var groups = new Dictionary<(ulong, bool), long>();
        foreach (var key in people)
        {
            groups[key] = groups.GetValueOrDefault(key) + 1;
        }

        return Shortfall(plan, role, groups, version);
    }

    /// <summary>The same from people already counted by group (barred units, woman), the groups in order of first appearance.</summary>
    public static DrawFinding? Shortfall(DrawPlan plan, Role role, Dictionary<(ulong, bool), long> groups, string version)
    {
        var units = plan.Units;
        if (DrawAlgorithm.IsV1(version) && units.Count > LegacyMaxUnits)
        {
            return null;
        }

        var ordinary = new int[units.Count];
        var womenSeats = new int[units.Count];
        for (var u = 0; u < units.Count; u++)
        {
            womenSeats[u] = units[u].WomenSeats(role);
            ordinary[u] = units[u].Seats(role) - womenSeats[u];
        }
        long needOrdinary = ordinary.Sum(), needWomen = womenSeats.Sum(), total = needOrdinary + needWomen;
        if (total == 0)
        {
            return null;
        }

        // For each non-empty set S inside a group's barred units, barred[S] = how many men (women) are barred
        // from every unit of S.
        long men = 0, women = 0;
        foreach (var ((_, woman), size) in groups)
        {
            if (woman)
            {
                women += size;
            }
            else
            {
                men += size;
            }
        }
        // Sets of units are packed ulongs (see UnitSet), so these tables hash plain numbers.
        var menBarred = new Dictionary<ulong, long>();
        var womenBarred = new Dictionary<ulong, long>();
        Span<int> barred = stackalloc int[4];
        foreach (var ((packed, woman), size) in groups)
        {
            var count = Unpack(packed, barred);
            var counts = woman ? womenBarred : menBarred;
            for (var mask = 1; mask < 1 << count; mask++)
            {
                var subset = UnitSet.Of(barred[..count], mask).Packed;
                counts[subset] = counts.GetValueOrDefault(subset) + size;
            }
        }

        long Men(ulong a) => a == 0 ? 0 : men - menBarred.GetValueOrDefault(a);
        static long Sum(int[] seats, ulong set)
        {
            long sum = 0;
            for (var p = set; p != 0; p >>= 16)
            {
                sum += seats[(int)(p & 0xFFFF) - 1];
            }
            return sum;
        }

        // Each line is one of Hall's conditions: seats in a set of places against the people who may take any of them.
        var worst = (Deficit: total - men - women, Units: (ulong?)null, WomenOnly: false);
        void Consider(long deficit, ulong? set, bool womenOnly)
        {
            if (deficit > worst.Deficit)
            {
                worst = (deficit, set, womenOnly);
            }
        }

        Consider(needWomen - women, null, true);
        foreach (var a in menBarred.Keys)
        {
            Consider(Sum(ordinary, a) + needWomen - Men(a) - women, a, false);
        }

        foreach (var (c, barredWomen) in womenBarred)
        {
            var count = Unpack(c, barred);
            var womenInC = Sum(womenSeats, c);
            for (var mask = 0; mask < 1 << count; mask++)
            {
                var a = UnitSet.Of(barred[..count], mask).Packed;
                Consider(Sum(ordinary, a) + womenInC - Men(a) - (women - barredWomen), c, a == 0);
            }
        }
        if (worst.Deficit <= 0)
        {
            return null;
        }

        var filled = total - worst.Deficit;
        var where = worst.Units is { } set ? string.Join(", ", new UnitSet(set).Units().Select(u => units[u].UnitCode)) : "the district as a whole";
        var rule = worst.WomenOnly ? DrawRules.Women : DrawRules.NotPostedAtHome;
        return new DrawFinding(rule,
            $"{PartyRoles.Title(role)}: {total} seats, only {filled} can be filled by {(worst.WomenOnly ? "women" : "people")} who may serve in the unit; short in {where}.",
            total, filled);
    }

    /// <summary>The unit indexes of a packed set, ascending; returns how many.</summary>
    private static int Unpack(ulong packed, Span<int> into)
    {
        var count = 0;
        for (var p = packed; p != 0; p >>= 16)
        {
            into[count++] = (int)(p & 0xFFFF) - 1;
        }
        return count;
    }

    /// <summary>The drawn units a person may not serve in, distinct and ascending; returns how many (0–4).</summary>
    private static int Barred(DrawEmployee e, Dictionary<string, int> index, Span<int> into)
    {
        var count = 0;
        ReadOnlySpan<string?> codes = [e.VoterUnit, e.ResidenceUnit, e.HomeUnit, e.OfficeUnit];
        foreach (var code in codes)
        {
            if (code is null || !index.TryGetValue(code, out var u) || into[..count].Contains(u))
            {
                continue;
            }

            into[count++] = u;
        }
        into[..count].Sort();
        return count;
    }

    /// <summary>Up to four unit indexes, ascending, packed 16 bits each (index + 1; 0 = none).</summary>
    internal readonly record struct UnitSet(ulong Packed)
    {
        public bool IsEmpty => Packed == 0;

        public static UnitSet Of(ReadOnlySpan<int> sorted, int mask)
        {
            ulong packed = 0;
            var slot = 0;
            for (var i = 0; i < sorted.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    packed |= (ulong)(sorted[i] + 1) << (16 * slot++);
                }
            }

            return new UnitSet(packed);
        }

        public IEnumerable<int> Units()
        {
            for (var p = Packed; p != 0; p >>= 16)
            {
                yield return (int)(p & 0xFFFF) - 1;
            }
        }
    }
}
