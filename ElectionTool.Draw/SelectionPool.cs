namespace ElectionTool.Draw;

/// <summary>
/// Stage 1's facts about each eligible person, worked out once per stage and read by the feasibility check
/// and by every attempt: role bands as bits, offices and departments as small integers, the office caps, and
/// the drawn units barred to each person. Nothing here depends on the random stream.
/// </summary>
internal sealed class SelectionPool
{
    public SelectionPool(DrawSettings settings, DrawPlan plan, List<DrawEmployee> eligible)
    {
        People = eligible;
        var count = eligible.Count;
        Bands = new byte[count];
        Woman = new bool[count];
        Office = new int[count];
        Department = new int[count];
        var offices = new Dictionary<long, int>();
        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        var officeUnits = new List<string?>();
        for (var i = 0; i < count; i++)
        {
            var e = eligible[i];
            byte bands = 0;
            foreach (var role in PartyRoles.All)
            {
                if (Eligibility.InBand(e, role, settings))
                {
                    bands |= (byte)(1 << (int)role);
                }
            }

            Bands[i] = bands;
            Woman[i] = Eligibility.IsWoman(e);
            if (!offices.TryGetValue(e.OfficeId, out var office))
            {
                offices[e.OfficeId] = office = offices.Count;
                officeUnits.Add(e.OfficeUnit);
            }

            Office[i] = office;
            if (!departments.TryGetValue(e.DepartmentCode, out var department))
            {
                departments[e.DepartmentCode] = department = departments.Count;
            }

            Department[i] = department;
        }

        Departments = departments.Count;
        OfficeSize = new int[offices.Count];
        foreach (var office in Office)
        {
            OfficeSize[office]++;
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
            OfficeCap[o] = officeUnits[o] is { } code && places.TryGetValue(code, out var inside) ? allPlaces - inside : allPlaces;
        }

        DepartmentCap = plan.Parties + plan.Units.Sum(u => u.ReserveFourthOfficers);
    }

    public List<DrawEmployee> People { get; }
    public int Count => People.Count;

    /// <summary>Bit r is set when the person is in the band of role r.</summary>
    public byte[] Bands { get; }
    public bool[] Woman { get; }

    /// <summary>Office index, numbered in order of first appearance.</summary>
    public int[] Office { get; }
    public int[] Department { get; }
    public int Departments { get; }
    public int[] OfficeSize { get; }

    /// <summary>Per office index: how many of its people could ever be seated (one per party outside its unit).</summary>
    public int[] OfficeCap { get; }
    public int DepartmentCap { get; }

    public bool InBand(int person, Role role) => (Bands[person] & (1 << (int)role)) != 0;

    /// <summary>
    /// For each role, the eligible counted by (barred units, woman), groups in order of first appearance among the
    /// role's band, as <see cref="UnitCapacity"/> reads them.
    /// </summary>
    public Dictionary<(ulong, bool), long> CapacityGroups(Role role, DrawPlan plan)
    {
        if (capacityGroups is null)
        {
            var unitIndex = UnitCapacity.UnitIndex(plan);
            capacityGroups = [];
            for (var i = 0; i < Count; i++)
            {
                var (barred, woman) = UnitCapacity.Key(People[i], unitIndex);
                var key = (barred, woman, Bands[i]);
                capacityGroups[key] = capacityGroups.GetValueOrDefault(key) + 1;
            }
        }

        // A key's first appearance in the band is its earliest (key, bands) group that includes the role.
        var groups = new Dictionary<(ulong, bool), long>();
        foreach (var ((barred, woman, bands), size) in capacityGroups)
        {
            if ((bands & (1 << (int)role)) != 0)
            {
                groups[(barred, woman)] = groups.GetValueOrDefault((barred, woman)) + size;
            }
        }

        return groups;
    }

    /// <summary>
    /// <see cref="UnitCapacity.Count"/> of <see cref="CapacityGroups"/>, once for all roles whose bands hold exactly the
    /// same people (the groups, and so the counts, are then the same).
    /// </summary>
    public UnitCapacity.BarredCounts CapacityCounts(Role role, DrawPlan plan)
    {
        var bit = 1 << (int)role;
        foreach (var (bands, counts) in capacityCounts)
        {
            if (SameMembers(bit, bands))
            {
                return counts;
            }
        }

        var counted = UnitCapacity.Count(CapacityGroups(role, plan), plan.Units.Count);
        capacityCounts.Add((bit, counted));
        return counted;
    }

    private bool SameMembers(int bit, int other)
    {
        foreach (var bands in Bands)
        {
            if (((bands & bit) == 0) != ((bands & other) == 0))
            {
                return false;
            }
        }

        return true;
    }

    private readonly List<(int Bit, UnitCapacity.BarredCounts Counts)> capacityCounts = [];

    private Dictionary<(ulong, bool, byte), long>? capacityGroups;
}
