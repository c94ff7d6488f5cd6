using ElectionTool.Features.Employees;

namespace ElectionTool.Tests.Builders;

/// <summary>Valid staff rows as a clerk would type them; each has its own EPIC and mobile.</summary>
public sealed class EmployeeBuilder
{
    // A fixed start, not a random one: a failing test gets the same people on the next run. Each test has its own
    // database, and the "TST" EPICs and 9000… mobiles never meet StaffRows' or DashboardSeed's.
    private static int _next = 100_000;

    private readonly EmployeeInput _input;

    public EmployeeBuilder(string voterUnit = "AC-201")
    {
        var n = Interlocked.Increment(ref _next);
        _input = new EmployeeInput
        {
            Name = $"Ram Kumar {Suffix(n)}",
            FatherOrHusbandName = $"Shyam Lal {Suffix(n)}",
            Gender = "M",
            DateOfBirth = new DateOnly(1975, 1, 1).AddDays(n % 5000).ToString("dd-MM-yyyy"),
            Mobile = $"9{n % 1_000_000_000:000000000}",
            Designation = "Assistant Grade 2",
            ServiceGroup = "C",
            Gazetted = "false",
            PayLevel = "6",
            BasicPay = "41100",
            EmploymentType = "Regular",
            Epic = $"TST{n % 10_000_000:0000000}",
            VoterUnit = voterUnit,
        };
    }

    public static EmployeeInput Valid(string voterUnit = "AC-201") => new EmployeeBuilder(voterUnit).Build();

    public EmployeeBuilder Named(string name, string fatherOrHusband)
    {
        (_input.Name, _input.FatherOrHusbandName) = (name, fatherOrHusband);
        return this;
    }

    public EmployeeBuilder Female()
    {
        _input.Gender = "F";
        return this;
    }

    /// <summary>Sets any column by its key in <see cref="EmployeeColumns"/>, e.g. With("Mobile", "12345").</summary>
    public EmployeeBuilder With(string columnKey, string value)
    {
        (EmployeeColumns.Find(columnKey) ?? throw new ArgumentException($"No column {columnKey}")).Set(_input, value);
        return this;
    }

    public EmployeeInput Build() => _input.Clone();

    /// <summary>The row as a spreadsheet line: its cells in template order, tab-separated.</summary>
    public static string TabLine(EmployeeInput input) => string.Join('\t', EmployeeColumns.All.Select(c => c.Get(input)));

    // Letters, not digits, so names of different people never look like spelling variants of one another.
    private static string Suffix(int n)
    {
        var letters = new char[4];
        for (var i = 0; i < letters.Length; i++, n /= 26)
        {
            letters[i] = (char)('a' + n % 26);
        }
        return char.ToUpperInvariant(letters[0]) + new string(letters, 1, 3);
    }
}
