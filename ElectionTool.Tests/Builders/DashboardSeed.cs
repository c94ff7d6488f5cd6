using ElectionTool.Data;
using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Builders;

/// <summary>Staff (through <see cref="EmployeeBuilder.Entity"/>), offices in a given state and list events, straight into the database, for the dashboard's figures.</summary>
public static class DashboardSeed
{
    public static async Task<Employee> AddEmployeeAsync(this ElectionDbContext db, int officeId, int voterUnitId, Action<Employee>? shape = null)
    {
        // Numbered after the people already in this test's database: the same people on every run, in any order.
        var employee = EmployeeBuilder.Entity(1_000_000 + await db.Employees.CountAsync() + 1, officeId, voterUnitId, shape);
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
}
