using System.Buffers;
using System.Runtime.InteropServices;

namespace ElectionTool.Draw;

/// <summary>
/// The drafted people as flat arrays, so building 3,000+ parties touches no dictionaries or records
/// in its inner loops. Units, offices and departments become small integers.
/// </summary>
/// <remarks>
/// There are two ways in, which give the very same people, facts, numbers and ranks: stage 1's witness reads the facts
/// its selection pool already holds (<see cref="FromPool"/>), stage 2, which has no pool, reads the records.
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

    /// <summary>The drafted from their records (stage 2, from stage 1's output).</summary>
    public StageTwoPeople(DrawSettings settings, DrawPlan plan, ReadOnlySpan<(DrawEmployee Person, Role Role)> drafted)
        : this(drafted.Length)
    {
        var count = Count;
        // Filled through locals: a store into one array would otherwise make the JIT read the next array's field again.
        var (person, id, role, facts) = (this.person, this.id, this.role, this.facts);
        var units = new UnitLookup(plan);

        // Per office id: its number (in order of first appearance) and the department last found for it. An office's
        // people share its department as a rule, so that is tried first: a string compare (by reference, when the
        // records share the string) instead of a hash of the code.
        var offices = new Dictionary<long, (int Number, int Department, string? DepartmentCode)>();
        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        var departmentsMayRepeat = !settings.NoSameDepartment;
        using var payKeyScratch = new RentedSpan<long>(count);
        var payKey = payKeyScratch.Span;
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
        RankByPay(wholePay, payKey);
    }

    /// <summary>The arrays for <paramref name="count"/> people, rented; the ways in fill them.</summary>
    private StageTwoPeople(int count)
    {
        Count = count;
        (person, id, role, facts, byPayAscending) = (Rent<DrawEmployee>(count), Rent<long>(count), Rent<Role>(count),
            Rent<PersonFacts>(count), Rent<int>(count));
    }

    /// <summary>
    /// Stage 1's drafted from what its selection pool already holds of them, reading no record (unless some pay is not a
    /// whole amount, which the exact comparison orders): the same people, facts, numbers and ranks as from the records.
    /// </summary>
    /// <param name="drafted">Each drafted person's place in the pool and role, in id order (so the places ascend).</param>
    public static StageTwoPeople FromPool(DrawSettings settings, SelectionPool pool, ReadOnlySpan<(int Place, Role Role)> drafted)
    {
        var people = new StageTwoPeople(drafted.Length);
        var count = people.Count;
        // Through spans: a store into the array of records would check each record's type, reading the record.
        var person = people.person.AsSpan(0, count);
        var id = people.id.AsSpan(0, count);
        var role = people.role.AsSpan(0, count);
        var facts = people.facts.AsSpan(0, count);
        var eligible = pool.People;
        var ids = pool.Ids;
        var units = pool.Units;
        var payKeys = pool.PayKeys;
        var office = pool.Office;
        var department = pool.Department;

        // The pool numbers offices and departments in order of first appearance among all the eligible; the drafted are
        // renumbered in order of first appearance among them, as from the records (a pool number stands for one office
        // id, one department code). -1: not met yet.
        using var officeScratch = new RentedSpan<int>(pool.OfficeFirst.Length);
        var officeNumber = officeScratch.Span;
        officeNumber.Fill(-1);
        var departmentsMayRepeat = !settings.NoSameDepartment;
        using var departmentScratch = new RentedSpan<int>(departmentsMayRepeat ? 0 : pool.Departments);
        var departmentNumber = departmentScratch.Span;
        departmentNumber.Fill(-1);
        var (offices, departments) = (0, 0);
        using var payKeyScratch = new RentedSpan<long>(count);
        var payKey = payKeyScratch.Span;
        var wholePay = true;
        for (var i = 0; i < count; i++)
        {
            var (place, drawnAs) = drafted[i];
            ref var fact = ref facts[i];
            person[i] = eligible[place];
            id[i] = ids[place];
            role[i] = drawnAs;
            fact.Woman = pool.IsWoman(place);
            payKey[i] = payKeys[place];
            wholePay &= payKey[i] != PayKey.NotWhole;
            ref var number = ref officeNumber[office[place]];
            if (number < 0)
            {
                number = offices++;
            }

            fact.Office = number;
            if (departmentsMayRepeat)
            {
                fact.Department = -1 - i;
            }
            else
            {
                ref var d = ref departmentNumber[department[place]];
                if (d < 0)
                {
                    d = departments++;
                }

                fact.Department = d;
            }

            fact.Excluded = units[place];
        }

        people.OfficeCount = offices;
        people.RankByPay(wholePay, payKey);
        return people;
    }

    public int Count { get; }
    public ReadOnlySpan<DrawEmployee> Person => person.AsSpan(0, Count);

    /// <summary>Each person's employee id, read once: numbering the parties reads them all again.</summary>
    public ReadOnlySpan<long> Id => id.AsSpan(0, Count);

    public ReadOnlySpan<Role> Role => role.AsSpan(0, Count);

    /// <summary>What the party rules read of each person: barred units, office, department, pay rank, woman.</summary>
    public ReadOnlySpan<PersonFacts> Facts => facts.AsSpan(0, Count);

    /// <summary>How many offices the people come from (their <see cref="PersonFacts.Office"/> numbers).</summary>
    public int OfficeCount { get; private set; }

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
    /// Every <see cref="PersonFacts.PayRank"/> and <see cref="ByPayAscending"/>, from the people's pay keys
    /// (<see cref="PayKey"/>, which this compacts) when every amount is whole, else from the records' exact amounts.
    /// </summary>
    private void RankByPay(bool wholePay, Span<long> keys)
    {
        var (person, facts) = (this.person, this.facts);
        // Equal pay shares a rank, so "never below" allows equals.
        var byPay = byPayAscending.AsSpan(0, Count);
        ByPay(person, wholePay, keys, byPay);
        if (Count > 0)
        {
            facts[byPay[0]].PayRank = 0;
        }

        for (var k = 1; k < Count; k++)
        {
            var same = wholePay
                ? keys[byPay[k]] == keys[byPay[k - 1]]
                : Eligibility.ComparePay(person[byPay[k]], person[byPay[k - 1]]) == 0;
            facts[byPay[k]].PayRank = same ? facts[byPay[k - 1]].PayRank : k;
        }
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
