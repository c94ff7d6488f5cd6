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
        // An office's people share its department as a rule, so the department found for an office is tried first: a
        // string compare (by reference, when the records share the string) instead of a hash of the code.
        var officeDepartment = new List<int>();
        var departmentCodes = new List<string>();
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
            if (!offices.TryGetValue(e.OfficeId, out var office))
            {
                offices[e.OfficeId] = office = offices.Count;
                officeDepartment.Add(-1);
            }

            Office[i] = office;
            Department[i] = settings.NoSameDepartment ? DepartmentOf(office, e.DepartmentCode) : -1 - i;
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
                : keys[byPay[k]] == keys[byPay[k - 1]];
            PayRank[byPay[k]] = same ? PayRank[byPay[k - 1]] : k;
        }

        // Departments are numbered in order of first appearance, as a dictionary alone would number them.
        int DepartmentOf(int office, string code)
        {
            var department = officeDepartment[office];
            if (department < 0 || !string.Equals(departmentCodes[department], code, StringComparison.Ordinal))
            {
                if (!departments.TryGetValue(code, out department))
                {
                    departments[code] = department = departments.Count;
                    departmentCodes.Add(code);
                }

                officeDepartment[office] = department;
            }

            return department;
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

    /// <summary>
    /// Indexes from lowest to highest pay (level, then basic pay), and every person's pay key (level, then basic pay,
    /// as one number) when every amount is whole, else null. Only the ranks are read from this order, so which of
    /// equals comes first does not matter: the keys are radix-sorted (stable), exact amounts compared.
    /// </summary>
    private static (int[] Index, long[]? Keys) ByPay(DrawEmployee[] person)
    {
        if (PayKey.Of(person) is not { } keys)
        {
            // Not a whole amount: compare the exact values.
            var index = Enumerable.Range(0, person.Length).ToArray();
            Array.Sort(index, (a, b) => Eligibility.ComparePay(person[a], person[b]));
            return (index, null);
        }

        return (KeySort.Ascending(keys, PayKey.Compact(keys)), keys);
    }
}
