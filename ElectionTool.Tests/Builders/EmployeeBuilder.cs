using System.Globalization;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Employees;

namespace ElectionTool.Tests.Builders;

/// <summary>
/// The one source of test people. Person <c>n</c> is fixed by its number alone (no counter, no randomness), so a
/// failing test gets the same people on every run and in any order: EPIC <c>ABC{n:0000000}</c>, mobile
/// <c>98765{n:00000}</c>. Start from <see cref="Valid"/> (a typed row, Latin names), <see cref="Person"/> (a full row
/// with a Devanagari name, home unit and bank, as a clerk's file carries it) or <see cref="Entity"/> (a saved
/// employee, for figures that do not need the validator); change only what the test is about.
/// </summary>
public sealed class EmployeeBuilder
{
    private readonly EmployeeInput _input;

    /// <summary>Person <paramref name="n"/> (1 to 99,999) as a typed row: every column valid, registered in <paramref name="voterUnit"/>.</summary>
    public EmployeeBuilder(int n, string voterUnit = "AC-201")
    {
        _input = new EmployeeInput
        {
            Name = $"Ramesh Kumar {n}",
            FatherOrHusbandName = $"Shyam Lal {n}",
            Gender = "M",
            DateOfBirth = "15-08-1975",
            Mobile = $"98765{n:00000}",
            Designation = "Assistant Grade-2",
            ServiceGroup = "C",
            Gazetted = "false",
            PayLevel = "6",
            BasicPay = "41100",
            EmploymentType = "Regular",
            Epic = $"ABC{n:0000000}",
            VoterUnit = voterUnit,
        };
    }

    /// <summary>Person n as a typed row; see the class summary.</summary>
    public static EmployeeInput Valid(int n, string unitCode = "AC-201", string gender = "M") =>
        new EmployeeBuilder(n, unitCode).With(i => i.Gender = gender).Build();

    /// <summary>Person n as a clerk's file holds them: Devanagari names, alternating gender, own date of birth, home unit and bank account.</summary>
    public static EmployeeInput Person(int n) => new EmployeeBuilder(n).With(i =>
    {
        i.Name = $"राम कुमार {n}";
        i.FatherOrHusbandName = $"श्याम लाल {n}";
        i.Gender = n % 2 == 0 ? "M" : "F";
        i.DateOfBirth = new DateOnly(1975, 1, 1).AddDays(n * 37).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        i.Designation = "सहायक ग्रेड-2";
        i.HomeUnit = "AC-203";
        i.BankAccount = $"{12345678900L + n}";
        i.Ifsc = "SBIN0001234";
    }).Build();

    public static IEnumerable<EmployeeInput> People(int from, int count) => Enumerable.Range(from, count).Select(Person);

    /// <summary>
    /// Person n as a saved employee (regular, male, level 4, group C, retiring far in the future), for tests that put
    /// rows straight into the database; <paramref name="shape"/> sets what the test is about. Numbers from 1,000,000
    /// keep these EPICs and mobiles apart from typed rows in the same test.
    /// </summary>
    public static Employee Entity(int n, int officeId, int voterUnitId, Action<Employee>? shape = null)
    {
        var employee = new Employee
        {
            OfficeId = officeId,
            Name = $"Ram Kumar {Letters(n)}",
            FatherOrHusbandName = "Shyam Lal",
            Gender = Data.Entities.Gender.Male,
            DateOfBirth = new DateOnly(1985, 5, 10),
            Mobile = $"98{n:00000000}",
            Designation = "Clerk",
            ServiceGroup = ServiceGroup.C,
            PayLevel = 4,
            BasicPay = 30000,
            EmploymentType = EmploymentType.Regular,
            Epic = $"ABC{n:0000000}",
            VoterUnitId = voterUnitId,
            RetirementDate = new DateOnly(2045, 5, 31),
            NameKey = $"RAMKUMAR{n}",
            FatherKey = "SHYAMLAL",
            CreatedAt = EntityStamp,
            UpdatedAt = EntityStamp,
        };
        shape?.Invoke(employee);
        return employee;
    }

    /// <summary>When <see cref="Entity"/> rows say they were written: a fixed instant, not the machine's clock.</summary>
    public static readonly DateTimeOffset EntityStamp = new(2026, 11, 1, 4, 30, 0, TimeSpan.Zero);

    public EmployeeBuilder Named(string name, string fatherOrHusband) => With(i => (i.Name, i.FatherOrHusbandName) = (name, fatherOrHusband));

    public EmployeeBuilder Female() => With(i => i.Gender = "F");

    /// <summary>Sets any column by its key in <see cref="EmployeeColumns"/>, e.g. With("Mobile", "12345").</summary>
    public EmployeeBuilder With(string columnKey, string value)
    {
        (EmployeeColumns.Find(columnKey) ?? throw new ArgumentException($"No column {columnKey}")).Set(_input, value);
        return this;
    }

    public EmployeeBuilder With(Action<EmployeeInput> change)
    {
        change(_input);
        return this;
    }

    public EmployeeInput Build() => _input.Clone();

    /// <summary>The row as a spreadsheet line: its cells in template order, tab-separated.</summary>
    public static string TabLine(EmployeeInput input) => string.Join('\t', EmployeeColumns.All.Select(c => c.Get(input)));

    // Names must not carry digits for the row validator's name rules, nor look like spelling variants of one another.
    private static string Letters(int n)
    {
        var text = "";
        for (; n > 0; n /= 26)
        {
            text = (char)('a' + n % 26) + text;
        }
        return text;
    }
}

/// <summary>A changed copy of a row: <c>EmployeeBuilder.Valid(1).With(i => i.Mobile = "12345")</c>.</summary>
public static class EmployeeInputChanges
{
    public static EmployeeInput With(this EmployeeInput input, Action<EmployeeInput> change)
    {
        var copy = input.Clone();
        change(copy);
        return copy;
    }
}
