using System.Runtime.InteropServices;

namespace ElectionTool.Draw;

/// <summary>
/// The drafted people as flat arrays, so building 3,000+ parties touches no dictionaries or records
/// in its inner loops. Units, offices and departments become small integers.
/// </summary>
internal sealed class StageTwoPeople
{
    public StageTwoPeople(DrawSettings settings, DrawPlan plan, IReadOnlyList<(DrawEmployee Person, Role Role)> drafted)
    {
        var count = Count = drafted.Count;
        // Filled through locals: a store into one array would otherwise make the JIT read the next array's field again.
        var (person, id, role, woman) = (new DrawEmployee[count], new long[count], new Role[count], new bool[count]);
        var (office, department, excluded) = (new int[count], new int[count], new int[count * 4]);
        var unitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var u = 0; u < plan.Units.Count; u++)
        {
            unitIndex[plan.Units[u].UnitCode] = u;
        }

        // Per office id: its number (in order of first appearance) and the department last found for it. An office's
        // people share its department as a rule, so that is tried first: a string compare (by reference, when the
        // records share the string) instead of a hash of the code.
        var offices = new Dictionary<long, (int Number, int Department, string? DepartmentCode)>();
        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        var departmentsMayRepeat = !settings.NoSameDepartment;
        var payKey = new long[count];
        var wholePay = true;
        // One pass reads all a person's record gives: the records lie scattered in memory, so each is visited once.
        for (var i = 0; i < count; i++)
        {
            var (e, drawnAs) = drafted[i];
            person[i] = e;
            id[i] = e.Id;
            role[i] = drawnAs;
            woman[i] = Eligibility.IsWoman(e);
            wholePay = wholePay && PayKey.TryOf(e, out payKey[i]);
            ref var at = ref CollectionsMarshal.GetValueRefOrAddDefault(offices, e.OfficeId, out var seen);
            if (!seen)
            {
                at.Number = offices.Count - 1;
            }

            office[i] = at.Number;
            var code = e.DepartmentCode;
            if (departmentsMayRepeat)
            {
                department[i] = -1 - i;
            }
            else if (at.DepartmentCode is not { } known || !string.Equals(known, code, StringComparison.Ordinal))
            {
                // Departments are numbered in order of first appearance, as the dictionary alone would number them.
                if (!departments.TryGetValue(code, out var d))
                {
                    departments[code] = d = departments.Count;
                }

                (at.Department, at.DepartmentCode) = (d, code);
                department[i] = d;
            }
            else
            {
                department[i] = at.Department;
            }

            UnitCapacity.UnitsOf(e, unitIndex, excluded.AsSpan(i * 4, 4));
        }

        (Person, Id, Role, Woman, Office, Department, Excluded) = (person, id, role, woman, office, department, excluded);

        // Equal pay shares a rank, so "never below" allows equals.
        var keys = wholePay ? payKey : null;
        var byPay = ByPay(person, keys);
        ByPayAscending = byPay;
        PayRank = new int[Count];
        for (var k = 1; k < byPay.Length; k++)
        {
            var same = keys is null
                ? Eligibility.ComparePay(Person[byPay[k]], Person[byPay[k - 1]]) == 0
                : keys[byPay[k]] == keys[byPay[k - 1]];
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

    /// <summary>
    /// Indexes from lowest to highest pay (level, then basic pay), from the people's pay keys (<see cref="PayKey"/>)
    /// when every amount is whole. Only the ranks are read from this order, so which of equals comes first does not
    /// matter: the keys are radix-sorted (stable), exact amounts compared.
    /// </summary>
    private static int[] ByPay(DrawEmployee[] person, long[]? keys)
    {
        if (keys is null)
        {
            // Not a whole amount: compare the exact values.
            var index = Enumerable.Range(0, person.Length).ToArray();
            Array.Sort(index, (a, b) => Eligibility.ComparePay(person[a], person[b]));
            return index;
        }

        // Compacting keeps the keys' order and which are equal, all the ranks read from them.
        return KeySort.Ascending(keys, PayKey.Compact(keys));
    }
}
