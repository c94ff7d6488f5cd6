using System.Buffers;
using System.Runtime.InteropServices;

namespace ElectionTool.Draw;

/// <summary>
/// The drafted people as flat arrays, so building 3,000+ parties touches no dictionaries or records
/// in its inner loops. Units, offices and departments become small integers.
/// </summary>
/// <remarks>
/// A draw builds this twice (stage 1's witness and stage 2), and for a district's drafted thousands each array is a
/// large object: new ones every draw set off full collections. So the arrays are rented, given back on
/// <see cref="Dispose"/>, and read only through spans of exactly <see cref="Count"/> (a rented array may be longer).
/// </remarks>
internal sealed class StageTwoPeople : IDisposable
{
    private DrawEmployee[] person;
    private long[] id;
    private Role[] role;
    private PersonFacts[] facts;
    private int[] byPayAscending;
    private bool disposed;

    public StageTwoPeople(DrawSettings settings, DrawPlan plan, ReadOnlySpan<(DrawEmployee Person, Role Role)> drafted)
    {
        var count = Count = drafted.Length;
        // Filled through locals: a store into one array would otherwise make the JIT read the next array's field again.
        var (person, id, role, facts) = (Rent<DrawEmployee>(count), Rent<long>(count), Rent<Role>(count), Rent<PersonFacts>(count));
        (this.person, this.id, this.role, this.facts) = (person, id, role, facts);
        var units = new UnitLookup(plan);

        // Per office id: its number (in order of first appearance) and the department last found for it. An office's
        // people share its department as a rule, so that is tried first: a string compare (by reference, when the
        // records share the string) instead of a hash of the code.
        var offices = new Dictionary<long, (int Number, int Department, string? DepartmentCode)>();
        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        var departmentsMayRepeat = !settings.NoSameDepartment;
        var payKey = Rent<long>(count);
        var wholePay = true;
        // One pass reads all a person's record gives: the records lie scattered in memory, so each is visited once.
        for (var i = 0; i < count; i++)
        {
            var (e, drawnAs) = drafted[i];
            ref var fact = ref facts[i];
            person[i] = e;
            id[i] = e.Id;
            role[i] = drawnAs;
            fact.Woman = Eligibility.IsWoman(e);
            wholePay = wholePay && PayKey.TryOf(e, out payKey[i]);
            ref var at = ref CollectionsMarshal.GetValueRefOrAddDefault(offices, e.OfficeId, out var seen);
            if (!seen)
            {
                at.Number = offices.Count - 1;
            }

            fact.Office = at.Number;
            var code = e.DepartmentCode;
            if (departmentsMayRepeat)
            {
                fact.Department = -1 - i;
            }
            else if (at.DepartmentCode is not { } known || !string.Equals(known, code, StringComparison.Ordinal))
            {
                // Departments are numbered in order of first appearance, as the dictionary alone would number them.
                if (!departments.TryGetValue(code, out var d))
                {
                    departments[code] = d = departments.Count;
                }

                (at.Department, at.DepartmentCode) = (d, code);
                fact.Department = d;
            }
            else
            {
                fact.Department = at.Department;
            }

            units.UnitsOf(e, fact.Excluded);
        }

        OfficeCount = offices.Count;

        // Equal pay shares a rank, so "never below" allows equals.
        var keys = wholePay ? payKey.AsSpan(0, count) : default;
        var byPay = byPayAscending = Rent<int>(count);
        ByPay(person, wholePay, keys, byPay.AsSpan(0, count));
        if (count > 0)
        {
            facts[byPay[0]].PayRank = 0;
        }

        for (var k = 1; k < count; k++)
        {
            var same = wholePay
                ? keys[byPay[k]] == keys[byPay[k - 1]]
                : Eligibility.ComparePay(person[byPay[k]], person[byPay[k - 1]]) == 0;
            facts[byPay[k]].PayRank = same ? facts[byPay[k - 1]].PayRank : k;
        }

        ArrayPool<long>.Shared.Return(payKey);
    }

    public int Count { get; }
    public ReadOnlySpan<DrawEmployee> Person => person.AsSpan(0, Count);

    /// <summary>Each person's employee id, read once: numbering the parties reads them all again.</summary>
    public ReadOnlySpan<long> Id => id.AsSpan(0, Count);

    public ReadOnlySpan<Role> Role => role.AsSpan(0, Count);

    /// <summary>What the party rules read of each person: barred units, office, department, pay rank, woman.</summary>
    public ReadOnlySpan<PersonFacts> Facts => facts.AsSpan(0, Count);

    /// <summary>How many offices the people come from (their <see cref="PersonFacts.Office"/> numbers).</summary>
    public int OfficeCount { get; }

    /// <summary>Everyone from lowest to highest pay (their <see cref="PersonFacts.PayRank"/>s only grow along it).</summary>
    public ReadOnlySpan<int> ByPayAscending => byPayAscending.AsSpan(0, Count);

    public bool MayServeIn(int person, int unit) => Facts[person].MayServeIn(unit);

    /// <summary>Gives the arrays back; asking for any of the spans throws from then on.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        // The records are let go, so a pooled array keeps no employee alive.
        Return(ref person, clear: true);
        Return(ref id);
        Return(ref role);
        Return(ref facts);
        Return(ref byPayAscending);
    }

    private static T[] Rent<T>(int count) => ArrayPool<T>.Shared.Rent(count);

    private static void Return<T>(ref T[] array, bool clear = false)
    {
        ArrayPool<T>.Shared.Return(array, clear);
        array = [];
    }

    /// <summary>
    /// Indexes from lowest to highest pay (level, then basic pay) into <paramref name="order"/>, from the people's pay
    /// keys (<see cref="PayKey"/>) when every amount is whole. Only the ranks are read from this order, so which of
    /// equals comes first does not matter: the keys are radix-sorted (stable), exact amounts compared.
    /// </summary>
    private static void ByPay(DrawEmployee[] person, bool wholePay, Span<long> keys, Span<int> order)
    {
        if (!wholePay)
        {
            // Not a whole amount: compare the exact values.
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            order.Sort((a, b) => Eligibility.ComparePay(person[a], person[b]));
            return;
        }

        // Compacting keeps the keys' order and which are equal, all the ranks read from them.
        KeySort.Ascending(keys, PayKey.Compact(keys), order);
    }
}
