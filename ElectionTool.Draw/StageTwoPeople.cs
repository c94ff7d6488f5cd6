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
        Person = drafted.Select(d => d.Person).ToArray();
        Role = drafted.Select(d => d.Role).ToArray();
        Woman = Person.Select(Eligibility.IsWoman).ToArray();
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
        for (var i = 0; i < Count; i++)
        {
            var e = Person[i];
            Office[i] = Index(offices, e.OfficeId);
            Department[i] = settings.NoSameDepartment ? Index(departments, e.DepartmentCode) : -1 - i;
            Excluded[i * 4] = UnitOf(e.VoterUnit);
            Excluded[i * 4 + 1] = UnitOf(e.ResidenceUnit);
            Excluded[i * 4 + 2] = UnitOf(e.HomeUnit);
            Excluded[i * 4 + 3] = UnitOf(e.OfficeUnit);
        }
        int UnitOf(string? code) => code is not null && unitIndex.TryGetValue(code, out var u) ? u : -1;

        // Equal pay shares a rank, so "never below" allows equals.
        var byPay = ByPay(Person);
        PayRank = new int[Count];
        for (var k = 1; k < byPay.Length; k++)
        {
            var same = Eligibility.ComparePay(Person[byPay[k]], Person[byPay[k - 1]]) == 0;
            PayRank[byPay[k]] = same ? PayRank[byPay[k - 1]] : k;
        }
    }

    public int Count { get; }
    public DrawEmployee[] Person { get; }
    public Role[] Role { get; }
    public bool[] Woman { get; }
    public int[] Office { get; }

    /// <summary>Department index, or a value unique to the person when departments may repeat.</summary>
    public int[] Department { get; }

    /// <summary>Four unit indexes per person (voter, residence, home, office), -1 when not a drawn unit.</summary>
    public int[] Excluded { get; }

    public int[] PayRank { get; }

    public bool MayServeIn(int person, int unit)
    {
        var k = person * 4;
        return Excluded[k] != unit && Excluded[k + 1] != unit && Excluded[k + 2] != unit && Excluded[k + 3] != unit;
    }

    /// <summary>Indexes from lowest to highest pay (level, then basic pay); the order among equals does not matter.</summary>
    private static int[] ByPay(DrawEmployee[] person)
    {
        var index = Enumerable.Range(0, person.Length).ToArray();
        var keys = new long[person.Length];
        for (var i = 0; i < person.Length; i++)
        {
            var (level, basic) = (person[i].PayLevel, person[i].BasicPay);
            if (level is < 0 or >= 1 << 20 || basic < 0 || basic >= 1L << 40 || basic != decimal.Truncate(basic))
            {
                // Not a whole amount: compare the exact values.
                Array.Sort(index, (a, b) => Eligibility.ComparePay(person[a], person[b]));
                return index;
            }

            keys[i] = ((long)level << 40) | (long)basic;
        }

        Array.Sort(keys, index);
        return index;
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
