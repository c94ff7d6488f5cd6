namespace ElectionTool.Draw;

/// <summary>
/// The drafted people as flat arrays, so building 3,000+ parties touches no dictionaries or records
/// in its inner loops. Units, offices and departments become small integers.
/// </summary>
internal sealed class StageTwoPeople
{
    public StageTwoPeople(DrawSettings settings, DrawPlan plan, IReadOnlyList<(DrawEmployee Person, Role Role)> drafted)
    {
        Count = drafted.Count;
        Person = new DrawEmployee[Count];
        Id = new long[Count];
        Role = new Role[Count];
        Woman = new bool[Count];
        var unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var u = 0; u < plan.Units.Count; u++)
        {
            unitIndex[plan.Units[u].UnitCode] = u;
        }

        var offices = new Dictionary<long, int>();
        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        Office = new int[Count];
        Department = new int[Count];
        Excluded = new int[Count * 4];
        // One pass reads all a person's record gives: the records lie scattered in memory, so each is visited once.
        for (var i = 0; i < Count; i++)
        {
            var (e, role) = drafted[i];
            Person[i] = e;
            Id[i] = e.Id;
            Role[i] = role;
            Woman[i] = Eligibility.IsWoman(e);
            Office[i] = Index(offices, e.OfficeId);
            Department[i] = settings.NoSameDepartment ? Index(departments, e.DepartmentCode) : -1 - i;
            UnitCapacity.UnitsOf(e, unitIndex, Excluded.AsSpan(i * 4, 4));
        }

        // Equal pay shares a rank, so "never below" allows equals.
        var (byPay, keys) = ByPay(Person);
        ByPayAscending = byPay;
        PayRank = new int[Count];
        for (var k = 1; k < byPay.Length; k++)
        {
            var same = keys is null
                ? Eligibility.ComparePay(Person[byPay[k]], Person[byPay[k - 1]]) == 0
                : keys[k] == keys[k - 1];
            PayRank[byPay[k]] = same ? PayRank[byPay[k - 1]] : k;
        }
    }

    public int Count { get; }
    public DrawEmployee[] Person { get; }

    /// <summary>Each person's employee id, read once: numbering the parties reads them all again.</summary>
    public long[] Id { get; }

    public Role[] Role { get; }
    public bool[] Woman { get; }
    public int[] Office { get; }

    /// <summary>Department index, or a value unique to the person when departments may repeat.</summary>
    public int[] Department { get; }

    /// <summary>Four unit indexes per person (voter, residence, home, office), -1 when not a drawn unit.</summary>
    public int[] Excluded { get; }

    public int[] PayRank { get; }

    /// <summary>Everyone from lowest to highest pay (their <see cref="PayRank"/>s only grow along it).</summary>
    public int[] ByPayAscending { get; }

    public bool MayServeIn(int person, int unit)
    {
        var k = person * 4;
        return Excluded[k] != unit && Excluded[k + 1] != unit && Excluded[k + 2] != unit && Excluded[k + 3] != unit;
    }

    /// <summary>Indexes from lowest to highest pay (level, then basic pay); the order among equals does not matter.</summary>
    /// <summary>Also the sorted pay keys (level, then basic pay, as one number) when every amount is whole, else null.</summary>
    private static (int[] Index, long[]? Keys) ByPay(DrawEmployee[] person)
    {
        var index = Enumerable.Range(0, person.Length).ToArray();
        if (PayKey.Of(person) is not { } keys)
        {
            // Not a whole amount: compare the exact values.
            Array.Sort(index, (a, b) => Eligibility.ComparePay(person[a], person[b]));
            return (index, null);
        }

        Array.Sort(keys, index);
        return (index, keys);
    }

    private static int Index<TKey>(Dictionary<TKey, int> map, TKey key) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var index))
        {
            map[key] = index = map.Count;
        }

        return index;
    }
}
