using ElectionTool.Data.Entities;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Builders;

/// <summary>Puts district masters straight into the test database, for tests about what refers to them.</summary>
public static class MasterSeed
{
    public static async Task<int> DepartmentAsync(this ServiceHarness h, string code, string name = "Department")
    {
        await using var db = h.Db();
        var department = new Department { Code = code, Name = name };
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        return department.Id;
    }

    public static async Task<int> AcAsync(this ServiceHarness h, int number, string name = "Constituency")
    {
        await using var db = h.Db();
        var unit = new ConstituencyUnit { Code = ConstituencyUnit.AcCode(number), Kind = UnitKind.AssemblyConstituency, Number = number, Name = name };
        db.ConstituencyUnits.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    }

    public static async Task<int> OfficeAsync(this ServiceHarness h, string code, string departmentCode, string? unitCode = null)
    {
        await using var db = h.Db();
        var office = new Office
        {
            Code = code,
            Name = $"Office {code}",
            DepartmentId = await db.Departments.Where(d => d.Code == departmentCode).Select(d => d.Id).SingleAsync(),
            ConstituencyUnitId = unitCode is null ? null : await db.ConstituencyUnits.Where(u => u.Code == unitCode).Select(u => (int?)u.Id).SingleAsync(),
        };
        db.Offices.Add(office);
        await db.SaveChangesAsync();
        return office.Id;
    }

    public static async Task StationAsync(this ServiceHarness h, string unitCode, int number)
    {
        await using var db = h.Db();
        db.PollingStations.Add(new PollingStation
        {
            ConstituencyUnitId = await db.ConstituencyUnits.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(),
            Number = number,
            Name = $"Station {number}",
        });
        await db.SaveChangesAsync();
    }
}
