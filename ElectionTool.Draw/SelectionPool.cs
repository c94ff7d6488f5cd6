using System.Runtime.InteropServices;

namespace ElectionTool.Draw;

/// <summary>
/// Stage 1's facts about each eligible person, worked out in one pass per stage and read by the feasibility
/// check and by every attempt: ids, role bands and womanhood as bits, offices and departments as small integers, the office
/// caps, and the people counted by the drawn units barred to them. Nothing here depends on the random stream.
/// It also keeps what stage 1's witness and seniority correction read of the drafted (unit indexes, pay keys), so
/// they read these compact arrays by place instead of each drafted person's record again (scattered over megabytes).
/// The arrays of one entry per person are rented (each is a large object, which only a full collection clears) and
/// given back on <see cref="Dispose"/>; a rented array may be longer than the pool, so they are read as spans of <see cref="Count"/>.
/// </summary>
internal sealed class SelectionPool : IDisposable
{
    /// <param name="eligible">The eligible in id order, each id once (so a person's place is their rank by id).</param>
    public SelectionPool(DrawSettings settings, DrawPlan plan, ReadOnlySpan<DrawEmployee> eligible)
    {
        var count = eligible.Length;
        Count = count;
        people = System.Buffers.ArrayPool<DrawEmployee>.Shared.Rent(count);
        // Filled through locals: a store into one array would otherwise make the JIT read the next array's field again.
        var (ids, office, department, openings) = (System.Buffers.ArrayPool<long>.Shared.Rent(count),
            System.Buffers.ArrayPool<int>.Shared.Rent(count), System.Buffers.ArrayPool<int>.Shared.Rent(count), new byte[count]);
        (this.ids, this.office, this.department, this.openings) = (ids, office, department, openings);
        var (personUnits, payKeys) = (System.Buffers.ArrayPool<FourUnits>.Shared.Rent(count), System.Buffers.ArrayPool<long>.Shared.Rent(count));
        (this.personUnits, this.payKeys) = (personUnits, payKeys);
        // Per office id its number, in order of first appearance; per number what the pass keeps of it.
        var offices = new Dictionary<long, int>();
        var officesSeen = new List<OfficeSeen>();
        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        var unitLookup = new UnitLookup(plan);
        // Copied whole: no type check per stored record.
        eligible.CopyTo(people);
        for (var i = 0; i < count; i++)
        {
            var e = eligible[i];
            ids[i] = e.Id;
            if (i > 0 && ids[i - 1] >= e.Id)
            {
                throw new ArgumentException("The eligible must be in id order, each id once.", nameof(eligible));
            }

            var bands = (byte)Eligibility.Bands(e, settings);

            var woman = Eligibility.IsWoman(e);
            unitLookup.UnitsOf(e, personUnits[i]);
            payKeys[i] = PayKey.TryOf(e, out var payKey) ? payKey : PayKey.NotWhole;
            var (barred, _) = UnitCapacity.Key(personUnits[i], woman);
            CollectionsMarshal.GetValueRefOrAddDefault(capacityGroups, new(barred, woman, bands), out _)++;
            openings[i] = (byte)(bands | (woman ? WomanBit : 0));
            ref var officeIndex = ref CollectionsMarshal.GetValueRefOrAddDefault(offices, e.OfficeId, out var officeKnown);
            if (!officeKnown)
            {
                officeIndex = offices.Count - 1;
                officesSeen.Add(new OfficeSeen { Unit = e.OfficeUnit, First = i });
            }

            office[i] = officeIndex;
            // An office's people are nearly always of one department, so comparing with the code last found for the
            // office (usually the very same string) mostly spares hashing it. Departments are numbered in order of
            // first appearance, as the dictionary alone would number them.
            ref var seen = ref CollectionsMarshal.AsSpan(officesSeen)[officeIndex];
            var code = e.DepartmentCode;
            if (seen.DepartmentCode is not { } known || !string.Equals(known, code, StringComparison.Ordinal))
            {
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(departments, code, out var numbered);
                if (!numbered)
                {
                    number = departments.Count - 1;
                }

                (seen.Department, seen.DepartmentCode) = (number, code);
            }

            department[i] = seen.Department;
        }

        Departments = departments.Count;
        OfficeFirst = [.. officesSeen.Select(o => o.First)];
        OfficeSize = new int[offices.Count];
        foreach (var officeIndex in office.AsSpan(0, count))
        {
            OfficeSize[officeIndex]++;
        }

        // An office's people can fill at most one seat in each party (and loose reserve place) outside its unit;
        // the office's unit is the one its first person (in id order) gives.
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var allPlaces = 0;
        foreach (var unit in plan.Units)
        {
            places[unit.UnitCode] = unit.Parties + unit.ReserveFourthOfficers;
            allPlaces += unit.Parties + unit.ReserveFourthOfficers;
        }

        OfficeCap = new int[offices.Count];
        for (var o = 0; o < OfficeCap.Length; o++)
        {
            OfficeCap[o] = officesSeen[o].Unit is { } code && places.TryGetValue(code, out var inside) ? allPlaces - inside : allPlaces;
        }

        DepartmentCap = plan.Parties + plan.Units.Sum(u => u.ReserveFourthOfficers);
        unitCount = plan.Units.Count;
        foreach (var (group, size) in capacityGroups)
        {
            presentBands |= 1u << group.Bands;
            for (var r = 0; r < PartyRoles.Count; r++)
            {
                if ((group.Bands & (1 << r)) != 0)
                {
                    BandSize[r] += size;
                    BandWomen[r] += group.Woman ? size : 0;
                }
            }
        }
    }

    public ReadOnlySpan<DrawEmployee> People => people.AsSpan(0, Count);
    public int Count { get; }

    /// <summary>Each person's id, ascending.</summary>
    public ReadOnlySpan<long> Ids => ids.AsSpan(0, Count);

    /// <summary>How many people are in the band of role r, and how many of them are women.</summary>
    public long[] BandSize { get; } = new long[PartyRoles.Count];
    public long[] BandWomen { get; } = new long[PartyRoles.Count];

    /// <summary>Each person's drawn-unit indexes (voter, residence, home, office; -1 = none), as <see cref="UnitLookup.UnitsOf"/> gives them.</summary>
    public ReadOnlySpan<FourUnits> Units => personUnits.AsSpan(0, Count);

    /// <summary>Each person's <see cref="PayKey"/>, or <see cref="PayKey.NotWhole"/> when only the record's exact amount orders them.</summary>
    public ReadOnlySpan<long> PayKeys => payKeys.AsSpan(0, Count);

    public bool IsWoman(int place) => (openings[place] & WomanBit) != 0;

    /// <summary>Whether the person at <paramref name="place"/> is in the band of <paramref name="role"/> (<see cref="Eligibility.InBand"/>).</summary>
    public bool InBand(int place, Role role) => (openings[place] & (1 << (int)role)) != 0;

    /// <summary>Office index, numbered in order of first appearance.</summary>
    public ReadOnlySpan<int> Office => office.AsSpan(0, Count);

    /// <summary>Per office index: its first person (in id order).</summary>
    public int[] OfficeFirst { get; }
    public ReadOnlySpan<int> Department => department.AsSpan(0, Count);
    public int Departments { get; }
    public int[] OfficeSize { get; }

    /// <summary>Per office index: how many of its people could ever be seated (one per party outside its unit).</summary>
    public int[] OfficeCap { get; }
    public int DepartmentCap { get; }

    /// <summary>Set beside the role bits of <see cref="Openings"/> for a woman.</summary>
    public const int WomanBit = 1 << 7;

    /// <summary>Per person, their role bits with <see cref="WomanBit"/> for a woman: a fresh copy for one draw to clear as it drafts.</summary>
    public byte[] Openings() => (byte[])openings.Clone();

    /// <summary>
    /// For each role, the eligible counted by (barred units, woman), groups in order of first appearance among the
    /// role's band, as <see cref="UnitCapacity"/> reads them.
    /// </summary>
    public Dictionary<(ulong, bool), long> CapacityGroups(Role role)
    {
        // A key's first appearance in the band is its earliest (key, bands) group that includes the role.
        var groups = new Dictionary<(ulong, bool), long>();
        foreach (var (group, size) in capacityGroups)
        {
            if ((group.Bands & (1 << (int)role)) != 0)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(groups, (group.Barred, group.Woman), out _) += size;
            }
        }

        return groups;
    }

    /// <summary>
    /// <see cref="UnitCapacity.Count"/> of <see cref="CapacityGroups"/>, worked out once (for the feasibility check and
    /// every attempt alike) for all roles whose bands hold exactly the same people (the groups, and so the counts, are
    /// then the same).
    /// </summary>
    public UnitCapacity.BarredCounts CapacityCounts(Role role)
    {
        var bit = 1 << (int)role;
        foreach (var (bands, counts) in capacityCounts)
        {
            if (SameMembers(bit, bands))
            {
                return counts;
            }
        }

        var counted = UnitCapacity.Count(CapacityGroups(role), unitCount);
        capacityCounts.Add((bit, counted));
        return counted;
    }

    /// <summary>Whether two roles' bands hold the same people: so when every combination of bands anyone has holds both or neither.</summary>
    private bool SameMembers(int bit, int other)
    {
        for (var bands = 0; bands < 32; bands++)
        {
            if ((presentBands & (1u << bands)) != 0 && ((bands & bit) == 0) != ((bands & other) == 0))
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        // Cleared, so the pool's rented array does not keep this draw's people alive.
        System.Buffers.ArrayPool<DrawEmployee>.Shared.Return(people, clearArray: true);
        System.Buffers.ArrayPool<long>.Shared.Return(ids);
        System.Buffers.ArrayPool<int>.Shared.Return(office);
        System.Buffers.ArrayPool<int>.Shared.Return(department);
        System.Buffers.ArrayPool<FourUnits>.Shared.Return(personUnits);
        System.Buffers.ArrayPool<long>.Shared.Return(payKeys);
    }

    /// <summary>An office as the pass meets it: its unit and first person, and the department its people were last found in.</summary>
    private struct OfficeSeen
    {
        public string? Unit;
        public int First;
        public int Department;
        public string? DepartmentCode;
    }

    /// <summary>People with the same barred units (packed, see <see cref="UnitCapacity.UnitSet"/>), womanhood and role bands.</summary>
    private readonly record struct CapacityGroup(ulong Barred, bool Woman, byte Bands);

    private readonly DrawEmployee[] people;
    private readonly long[] ids;
    private readonly int[] office;
    private readonly int[] department;
    private readonly byte[] openings;
    private readonly FourUnits[] personUnits;
    private readonly long[] payKeys;

    private readonly int unitCount;

    /// <summary>Bit b is set when someone's role bands are exactly b.</summary>
    private readonly uint presentBands;

    private readonly List<(int Bit, UnitCapacity.BarredCounts Counts)> capacityCounts = [];

    /// <summary>Sizes of the groups, in order of first appearance (a dictionary nothing is removed from enumerates so).</summary>
    private readonly Dictionary<CapacityGroup, long> capacityGroups = [];
}
