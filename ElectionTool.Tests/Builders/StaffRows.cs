using ElectionTool.Features.Employees;

namespace ElectionTool.Tests.Builders;

/// <summary>Valid staff rows (as typed text) with a unique EPIC and mobile per number; change what a test is about.</summary>
public static class StaffRows
{
    public static EmployeeInput Valid(int n, string unitCode = "AC-201", string gender = "M") => new()
    {
        Name = $"Ramesh Kumar {n}",
        FatherOrHusbandName = $"Shyam Lal {n}",
        Gender = gender,
        DateOfBirth = "15-08-1975",
        Mobile = $"98765{n:00000}",
        Designation = "Assistant Grade-2",
        ServiceGroup = "C",
        Gazetted = "false",
        PayLevel = "6",
        BasicPay = "41100",
        EmploymentType = "Regular",
        Epic = $"ABC{n:0000000}",
        VoterUnit = unitCode,
    };

    public static EmployeeInput With(this EmployeeInput input, Action<EmployeeInput> change)
    {
        var copy = input.Clone();
        change(copy);
        return copy;
    }
}
