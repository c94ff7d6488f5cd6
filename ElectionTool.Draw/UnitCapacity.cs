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
        var units = new UnitLookup(plan);
        return Shortfall(plan, role, people.Select(e => Key(e, units)), version);
    }

    /// <summary>A person as the check sees them: the drawn units barred to them (packed) and whether a woman.</summary>
    public static (ulong Barred, bool Woman) Key(DrawEmployee e, UnitLookup units)
    {
        Span<int> indexes = stackalloc int[4];
        units.UnitsOf(e, indexes);
        return (PackDistinct(indexes), Eligibility.IsWoman(e));
    }

    /// <summary>The same from unit indexes already known (-1 = not a drawn unit).</summary>
    public static (ulong Barred, bool Woman) Key(ReadOnlySpan<int> units, bool woman) => (PackDistinct(units), woman);

    /// <summary>
    /// The distinct drawn units among a person's four unit indexes (<see cref="UnitLookup.UnitsOf"/>; -1 = none), as a
    /// <see cref="UnitSet"/>. Four values are put in order by a fixed network of five compare-and-swaps: a general sort
    /// or an insertion loop branches on the data, and those branches mispredicted often enough to cost more than the rest.
    /// </summary>
    private static ulong PackDistinct(ReadOnlySpan<int> units)
    {
        var (a, b, c, d) = (units[0], units[1], units[2], units[3]);
        Order(ref a, ref b);
        Order(ref c, ref d);
        Order(ref a, ref c);
        Order(ref b, ref d);
        Order(ref b, ref c);
        ulong packed = 0;
        var (slot, last) = (0, -1);
        Keep(a);
        Keep(b);
        Keep(c);
        Keep(d);
        return packed;

        // A unit above the last kept is new (ascending, so a repeat equals the last; -1 is below every unit).
        void Keep(int unit)
        {
            if (unit > last)
            {
                packed |= (ulong)(unit + 1) << (16 * slot++);
                last = unit;
            }
        }

        static void Order(ref int low, ref int high) => (low, high) = (Math.Min(low, high), Math.Max(low, high));
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
    public static DrawFinding? Shortfall(DrawPlan plan, Role role, Dictionary<(ulong, bool), long> groups, string version) =>
        Shortfall(plan, role, () => Count(groups, plan.Units.Count), version);

    /// <summary>
    /// How many men and women a role has, how many of them the unit that bars the most bars, and (built only when a
    /// condition could bind) for each set of units inside someone's barred units how many are barred from every unit of
    /// the set: all the check needs to know about the people. Roles whose bands hold the same people share one count.
    /// </summary>
    internal sealed class BarredCounts(Dictionary<(ulong, bool), long> groups, long men, long women, long mostMenBarred, long mostWomenBarred)
    {
        private (Dictionary<ulong, long> Men, Dictionary<ulong, long> Women)? tables;

        public long Men => men;
        public long Women => women;

        /// <summary>The most men (women) barred from any one unit: no set of units bars more.</summary>
        public long MostMenBarred => mostMenBarred;
        public long MostWomenBarred => mostWomenBarred;

        /// <summary>Per set of units (packed, in the groups' order), how many men and how many women are barred from all of it.</summary>
        public (Dictionary<ulong, long> Men, Dictionary<ulong, long> Women) Tables => tables ??= Build();

        private (Dictionary<ulong, long>, Dictionary<ulong, long>) Build()
        {
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
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, subset, out _) += size;
                }
            }

            return (menBarred, womenBarred);
        }
    }

    /// <summary>Counts the groups (barred units, woman), kept in their order (the order of the sets in the tables).</summary>
    internal static BarredCounts Count(Dictionary<(ulong, bool), long> groups, int unitCount)
    {
        long men = 0, women = 0;
        var menPerUnit = new long[unitCount];
        var womenPerUnit = new long[unitCount];
        Span<int> barred = stackalloc int[4];
        foreach (var ((packed, woman), size) in groups)
        {
            if (woman)
            {
                women += size;
            }
            else
            {
                men += size;
            }

            var perUnit = woman ? womenPerUnit : menPerUnit;
            var count = Unpack(packed, barred);
            for (var i = 0; i < count; i++)
            {
                perUnit[barred[i]] += size;
            }
        }

        return new BarredCounts(groups, men, women, unitCount == 0 ? 0 : menPerUnit.Max(), unitCount == 0 ? 0 : womenPerUnit.Max());
    }

    /// <summary>The check for one role, from its people's counts (worked out only when the role has seats).</summary>
    internal static DrawFinding? Shortfall(DrawPlan plan, Role role, Func<BarredCounts> people, string version)
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
        var counts = people();
        var (men, women) = (counts.Men, counts.Women);
        Span<int> barred = stackalloc int[4];
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

        // A condition on a set of units can bind only where the units' seats outweigh the people they bar. A set holds at
        // most four units (the most seats of any four) and bars at most as many as its most-barring unit does; when even
        // that cannot beat the district-wide condition above, no set can become the worst one (a set replaces the worst
        // only when strictly worse), and the sets are not counted at all — the answer is the same, whatever the units.
        var (top4Ordinary, top4Women) = (TopFour(ordinary), TopFour(womenSeats));
        if (top4Ordinary + counts.MostMenBarred <= needOrdinary &&
            top4Women + counts.MostWomenBarred - women <= worst.Deficit &&
            top4Ordinary + top4Women + counts.MostMenBarred + counts.MostWomenBarred <= needOrdinary + needWomen)
        {
            return Finding(plan, role, total, worst);
        }

        var (menBarred, womenBarred) = counts.Tables;
        long Men(ulong a) => a == 0 ? 0 : men - menBarred.GetValueOrDefault(a);
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
        return Finding(plan, role, total, worst);
    }

    /// <summary>The largest four values added up (all of them when there are fewer).</summary>
    private static long TopFour(int[] seats)
    {
        Span<long> top = stackalloc long[4];
        foreach (var s in seats)
        {
            long value = s;
            for (var i = 0; i < 4; i++)
            {
                if (value > top[i])
                {
                    (top[i], value) = (value, top[i]);
                }
            }
        }

        return top[0] + top[1] + top[2] + top[3];
    }

    private static DrawFinding? Finding(DrawPlan plan, Role role, long total, (long Deficit, ulong? Units, bool WomenOnly) worst)
    {
        var units = plan.Units;
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
