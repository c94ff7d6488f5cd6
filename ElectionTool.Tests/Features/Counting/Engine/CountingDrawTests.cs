using System.Globalization;
using ElectionTool.Draw;
using ElectionTool.Draw.Counting;
using ElectionTool.Draw.Duties;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Counting.Engine;

public class CountingDrawTests
{
    private static readonly DistrictShape Shape = new() { Employees = 2400, Offices = 90, Units = 4, Stations = 160 };

    internal static CountingInput Input(ulong districtSeed, int hallsPerUnit = 2, int tables = 14, int postalTables = 1) =>
        SyntheticCounting.Input(SyntheticDistrict.Create(Shape, districtSeed), hallsPerUnit, tables, postalTables);

    internal static (CountingResult One, CountingResult Two, CountingResult Three) RunAll(CountingInput input, string seed)
    {
        var one = CountingDraw.Select(input, seed);
        Assert.True(one.Report.Feasible, Says(one));
        var two = CountingHalls.Allot(input, one, seed + "-halls");
        Assert.True(two.Report.Feasible, Says(two));
        var three = CountingTables.Allot(input, two, seed + "-tables");
        Assert.True(three.Report.Feasible, Says(three));
        return (one, two, three);
    }

    private static string Says(CountingResult r) => string.Join("; ", r.Report.Findings.Select(f => f.Message));

    [Fact]
    public void Every_rule_holds_at_every_step_over_many_seeds()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var input = Input((ulong)(seed % 5 + 1), hallsPerUnit: 1 + seed % 2, tables: 10 + seed % 5, postalTables: seed % 3);
            var (one, two, three) = RunAll(input, seed.ToString(CultureInfo.InvariantCulture));
            Assert.Empty(CountingValidator.Validate(input, one));
            Assert.Empty(CountingValidator.Validate(input, two, one));
            Assert.Empty(CountingValidator.Validate(input, three, two));
        }
    }

    [Fact]
    public void Every_table_has_one_of_each_role_from_three_offices_and_the_supervisor_paid_at_least_the_assistant()
    {
        var input = Input(3);
        var (_, _, three) = RunAll(input, "4711");
        var people = input.Pool.ToDictionary(p => p.Employee.Id, p => p.Employee);
        var tables = three.Assignments.Where(a => !a.IsReserve).GroupBy(a => (a.HallCode, a.Table)).ToList();
        Assert.Equal(input.Halls.Sum(h => h.Seats), tables.Count);
        foreach (var table in tables)
        {
            var seat = table.ToDictionary(a => a.Role, a => people[a.EmployeeId]);
            Assert.Equal(3, seat.Count);
            Assert.Equal(3, seat.Values.Select(e => e.OfficeId).Distinct().Count());
            Assert.True(Eligibility.ComparePay(seat[DutyKind.CountingSupervisor], seat[DutyKind.CountingAssistant]) >= 0);
        }
    }

    [Fact]
    public void Nobody_counts_in_a_unit_where_they_vote_live_belong_or_work()
    {
        var input = Input(2);
        var (_, two, three) = RunAll(input, "99");
        var people = input.Pool.ToDictionary(p => p.Employee.Id, p => p.Employee);
        Assert.All(two.Assignments.Concat(three.Assignments), a => Assert.True(Eligibility.MayServeIn(people[a.EmployeeId], a.UnitCode!)));
    }

    [Fact]
    public void Steps_keep_the_people_roles_and_halls_of_the_step_before()
    {
        var input = Input(4);
        var (one, two, three) = RunAll(input, "2026");
        Assert.Equal(one.Assignments.Select(a => (a.EmployeeId, a.Role)).Order(), two.Assignments.Select(a => (a.EmployeeId, a.Role)).Order());
        Assert.Equal(two.Assignments.Select(a => (a.EmployeeId, a.HallCode)).Order(), three.Assignments.Select(a => (a.EmployeeId, a.HallCode)).Order());
        Assert.All(one.Assignments, a => Assert.Null(a.HallCode));
        Assert.All(two.Assignments, a => Assert.Null(a.Table));
    }

    [Fact]
    public void Micro_observers_come_from_the_central_pool_and_couples_give_one_spouse()
    {
        var input = Input(5);
        var (one, _, _) = RunAll(input, "31");
        var pool = input.Pool.ToDictionary(p => p.Employee.Id);
        Assert.All(one.Assignments.Where(a => a.Role == DutyKind.CountingMicroObserver), a => Assert.Contains(pool[a.EmployeeId].DepartmentCategory, DutyBands.CentralCategories));
        var keys = one.Assignments.Select(a => pool[a.EmployeeId].Employee.SpouseKey).Where(k => k is not null).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Same_seed_gives_the_same_result_and_another_seed_a_different_one()
    {
        var input = Input(1);
        Assert.Equal(CountingDraw.Select(input, "123").OutputHash, CountingDraw.Select(input, "123").OutputHash);
        Assert.NotEqual(CountingDraw.Select(input, "123").OutputHash, CountingDraw.Select(input, "124").OutputHash);
        var one = CountingDraw.Select(input, "123");
        Assert.Equal(CountingHalls.Allot(input, one, "5").OutputHash, CountingHalls.Allot(input, one, "5").OutputHash);
        Assert.NotEqual(CountingHalls.Allot(input, one, "5").OutputHash, CountingHalls.Allot(input, one, "6").OutputHash);
    }

    [Fact]
    public void A_later_pool_change_of_someone_not_drafted_leaves_steps_two_and_three_unchanged()
    {
        var input = Input(1);
        var (one, two, three) = RunAll(input, "8");
        var drafted = one.Assignments.Select(a => a.EmployeeId).ToHashSet();
        var edited = input with { Pool = input.Pool.Select(p => drafted.Contains(p.Employee.Id) ? p : p with { ServiceGroup = "D" }).ToList() };
        Assert.Equal(two.OutputHash, CountingHalls.Allot(edited, one, "8-halls").OutputHash);
        Assert.Equal(three.OutputHash, CountingTables.Allot(edited, two, "8-tables").OutputHash);
    }
}
