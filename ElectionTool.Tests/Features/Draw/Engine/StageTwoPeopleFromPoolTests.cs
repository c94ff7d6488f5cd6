using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>
/// Stage 1 builds its witness's people from the facts its selection pool keeps, stage 2 from the records: the two
/// must give the very same people, facts, numbering and pay order, or stage 1 would check a different draw than
/// stage 2 seats. The drafted are a scattered part of the pool, so offices and departments first appear among them
/// in another order than among all the eligible.
/// </summary>
public class StageTwoPeopleFromPoolTests
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void People_from_the_pool_are_those_from_the_records(bool noSameDepartment, bool fractionalPay)
    {
        var input = SyntheticDistrict.Create(new DistrictShape { Employees = 3000, Offices = 120, Departments = 30, NoSameDepartment = noSameDepartment }, 17);
        var plan = DrawPlan.For(input);
        var eligible = input.Pool.OrderBy(e => e.Id)
            .Select((e, i) => fractionalPay && i % 97 == 3 ? e with { BasicPay = e.BasicPay + 0.25m } : e)
            .ToArray();
        using var pool = new SelectionPool(input.Settings, plan, eligible);
        var pick = new Random(5);
        var drafted = Enumerable.Range(0, eligible.Length).Where(_ => pick.Next(4) == 0)
            .Select(place => (Place: place, Role: PartyRoles.All[pick.Next(PartyRoles.Count)]))
            .ToArray();
        Assert.Equal(fractionalPay, drafted.Any(d => eligible[d.Place].BasicPay != decimal.Truncate(eligible[d.Place].BasicPay)));

        using var fromRecords = new StageTwoPeople(input.Settings, plan, drafted.Select(d => (eligible[d.Place], d.Role)).ToArray());
        using var fromPool = StageTwoPeople.FromPool(input.Settings, pool, drafted);

        Assert.Equal(fromRecords.Count, fromPool.Count);
        Assert.True(fromRecords.Person.SequenceEqual(fromPool.Person));
        Assert.Equal(fromRecords.Id.ToArray(), fromPool.Id.ToArray());
        Assert.Equal(fromRecords.Role.ToArray(), fromPool.Role.ToArray());
        Assert.Equal(Described(fromRecords.Facts), Described(fromPool.Facts));
        Assert.Equal(fromRecords.ByPayAscending.ToArray(), fromPool.ByPayAscending.ToArray());
        Assert.Equal(fromRecords.OfficeCount, fromPool.OfficeCount);
        // The drafted meet the offices in another order than the pool does, so taking the pool's numbers would show.
        Assert.Contains(Enumerable.Range(0, drafted.Length), i => fromPool.Facts[i].Office != pool.Office[drafted[i].Place]);
    }

    /// <summary>Every fact spelled out (the units held in place would not all be compared by the struct's own equality).</summary>
    private static string[] Described(ReadOnlySpan<PersonFacts> facts)
    {
        var described = new string[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            var f = facts[i];
            described[i] = $"{f.Excluded[0]} {f.Excluded[1]} {f.Excluded[2]} {f.Excluded[3]} office {f.Office} department {f.Department} pay {f.PayRank} woman {f.Woman}";
        }

        return described;
    }
}
