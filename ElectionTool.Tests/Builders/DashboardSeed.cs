using ElectionTool.Data;
using ElectionTool.Data.Entities;

namespace ElectionTool.Tests.Builders;

/// <summary>Staff, offices in a given state and list events, straight into the database, for the dashboard's figures.</summary>
public static class DashboardSeed
{
    private static int _sequence = 1_000_000;

    /// <summary>A valid-looking employee (regular, male, level 4, group C, retiring far in the future); adjust with <paramref name="shape"/>.</summary>
    public static Employee Employee(int officeId, int voterUnitId, Action<Employee>? shape = null)
    {
        var n = Interlocked.Increment(ref _sequence);
        var employee = new Employee
        {
            OfficeId = officeId,
            Name = $"Ram Kumar {Letters(n)}",
            FatherOrHusbandName = "Shyam Lal",
            Gender = Gender.Male,
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
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        shape?.Invoke(employee);
        return employee;
    }

    public static async Task<Employee> AddEmployeeAsync(this ElectionDbContext db, int officeId, int voterUnitId, Action<Employee>? shape = null)
    {
        var employee = Employee(officeId, voterUnitId, shape);
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        return employee;
    }

    public static async Task SetOfficeAsync(this ElectionDbContext db, int officeId, StaffListState state, int declared, int declaredMale = 0, int declaredFemale = 0)
    {
        var office = await db.Offices.FindAsync(officeId) ?? throw new InvalidOperationException($"No office {officeId}");
        (office.ListState, office.DeclaredTotal, office.DeclaredMale, office.DeclaredFemale) = (state, declared, declaredMale, declaredFemale);
        office.Phone = $"0755-{officeId:000000}";
        office.HeadMobile = $"97{officeId:00000000}";
        await db.SaveChangesAsync();
    }

    public static async Task AddEventAsync(this ElectionDbContext db, int officeId, ListEventKind kind, DateTimeOffset at, int staff = 0, string? reason = null)
    {
        db.ListEvents.Add(new ListEvent { OfficeId = officeId, Kind = kind, At = at, UserName = "clerk", StaffCount = staff, Reason = reason });
        await db.SaveChangesAsync();
    }

    // Names must not carry digits for the row validator.
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
