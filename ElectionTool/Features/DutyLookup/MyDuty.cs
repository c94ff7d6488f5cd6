using ElectionTool.Data;
using ElectionTool.Features.Draw;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.DutyLookup;

/// <summary>What a verified employee sees: their own duty only; the station only once stage 3 is released.</summary>
public sealed record MyDutyView(string Name, string Epic, string OfficeCode, string ElectionName, Duty? Duty, OrderDetailsInput Details, AppointmentOrder? Order);

/// <summary>Reads one person's released duty and appointment order, through the same outputs as the draw's print pages.</summary>
public sealed class MyDutyReader(IDbContextFactory<ElectionDbContext> dbFactory, DrawOutputService outputs)
{
    public async Task<MyDutyView?> ReadAsync(int employeeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await db.Employees.AsNoTracking().Where(e => e.Id == employeeId)
            .Select(e => new { e.Name, e.Epic, OfficeCode = e.Office!.Code }).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }
        var duty = (await DutyRoster.ReleasedAsync(db, ct)).FirstOrDefault(d => d.EmployeeId == employeeId);
        var header = duty is null ? null : await outputs.HeaderAsync(2, ct);
        if (duty is null || header is null)
        {
            return new MyDutyView(person.Name, person.Epic, person.OfficeCode, "", null, new OrderDetailsInput(), null);
        }
        var order = (await outputs.OrdersAsync(person.OfficeCode, false, ct)).FirstOrDefault(o => o.Person.EmployeeId == employeeId);
        return new MyDutyView(person.Name, person.Epic, person.OfficeCode, header.ElectionName, duty, await outputs.GetOrderDetailsAsync(ct), order);
    }

    /// <summary>Printing one's own order is a personal-data print, so it is logged like any other.</summary>
    public async Task LogOrderViewedAsync(string epic, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        Auditing.AuditLog.Record(db, "duty-lookup", "DutyOrderViewed", "Employee", epic);
        await db.SaveChangesAsync(ct);
    }
}
