using ElectionTool.Draw.Counting;
using ElectionTool.Draw.Duties;
using Xunit;

namespace ElectionTool.Tests.Features.Counting.Engine;

public class CountingValidatorTests
{
    [Fact]
    public void The_validator_catches_two_from_one_office_at_a_table()
    {
        var input = CountingDrawTests.Input(2);
        var (_, _, three) = CountingDrawTests.RunAll(input, "5");
        var people = input.Pool.ToDictionary(p => p.Employee.Id);
        var seat = three.Assignments.First(a => a.Role == DutyKind.CountingAssistant && !a.IsReserve);
        var supervisor = three.Assignments.First(a => a.Role == DutyKind.CountingSupervisor && a.HallCode == seat.HallCode && a.Table == seat.Table);
        var office = people[supervisor.EmployeeId].Employee.OfficeId;
        var broken = input with
        {
            Pool = input.Pool.Select(p => p.Employee.Id == seat.EmployeeId ? p with { Employee = p.Employee with { OfficeId = office } } : p).ToList(),
        };
        Assert.Contains(CountingValidator.Validate(broken, three), f => f.Rule == "no two from one office");
    }

    [Fact]
    public void The_validator_catches_an_assistant_paid_above_the_supervisors()
    {
        var input = CountingDrawTests.Input(2);
        var (_, _, three) = CountingDrawTests.RunAll(input, "6");
        var assistant = three.Assignments.First(a => a.Role == DutyKind.CountingAssistant && !a.IsReserve).EmployeeId;
        var rich = input with
        {
            Pool = input.Pool.Select(p => p.Employee.Id == assistant ? p with { Employee = p.Employee with { PayLevel = 18, BasicPay = 250000 } } : p).ToList(),
        };
        Assert.Contains(CountingValidator.Validate(rich, three), f => f.Rule == "hierarchy");
    }

    [Fact]
    public void The_validator_catches_someone_holding_another_duty_and_a_missing_table_seat()
    {
        var input = CountingDrawTests.Input(3);
        var (_, _, three) = CountingDrawTests.RunAll(input, "7");
        var first = three.Assignments[0];
        Assert.Contains(CountingValidator.Validate(input, three, otherDuties: new HashSet<long> { first.EmployeeId }), f => f.Rule == "one duty");
        var missing = three with { Assignments = three.Assignments.Skip(1).ToList() };
        Assert.Contains(CountingValidator.Validate(input, missing), f => f.Rule == "tables");
    }

    [Fact]
    public void A_seated_absentee_is_replaced_by_a_hall_reserve_of_the_same_role_keeping_every_rule()
    {
        var input = CountingDrawTests.Input(4);
        var (_, two, three) = CountingDrawTests.RunAll(input, "8");
        var absent = three.Assignments.First(a => a.Role == DutyKind.CountingAssistant && !a.IsReserve);
        var proposal = CountingReplacement.Propose(input, three, absent.EmployeeId);
        Assert.True(proposal.Found, proposal.Reason);
        var reserve = three.Assignments.Single(a => a.EmployeeId == proposal.ReplacementEmployeeId);
        Assert.True(reserve.IsReserve);
        Assert.Equal((absent.Role, absent.HallCode), (reserve.Role, reserve.HallCode));
        var replaced = three.Assignments.Select(a =>
            a.EmployeeId == absent.EmployeeId ? a with { EmployeeId = reserve.EmployeeId } :
            a.EmployeeId == reserve.EmployeeId ? a with { EmployeeId = absent.EmployeeId } : a).ToList();
        var swapped = three with { Assignments = replaced };
        Assert.DoesNotContain(CountingValidator.Validate(input, swapped, two), f => f.Rule is "no two from one office" or "hierarchy" or "tables");

        var none = CountingReplacement.Propose(input, three, absent.EmployeeId,
            three.Assignments.Where(a => a.IsReserve).Select(a => a.EmployeeId).ToList());
        Assert.False(none.Found);
        Assert.Contains("no unused reserve", none.Reason);
    }
}
