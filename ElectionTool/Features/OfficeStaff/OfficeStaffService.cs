using ElectionTool.Data;
using ElectionTool.Features.Elections;
using ElectionTool.Features.Finalization;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.OfficeStaff;

/// <summary>What the office staff screen and its certified copy read besides the employee and finalization services.</summary>
public sealed class OfficeStaffService(IDbContextFactory<ElectionDbContext> dbFactory, FinalizationService finalization)
{
    public async Task<int?> FindOfficeIdAsync(string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var trimmed = code.Trim();
        var upper = Masters.MasterPatterns.NormalizeCode(code);
        return await db.Offices.Where(o => o.Code == upper || o.Code == trimmed).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<int?> DepartmentOfAsync(int officeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Offices.Where(o => o.Id == officeId).Select(o => (int?)o.DepartmentId).FirstOrDefaultAsync(ct);
    }

    public async Task<OfficeHeader?> GetHeaderAsync(int officeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Offices.AsNoTracking().Where(o => o.Id == officeId)
            .Select(o => new OfficeHeader(o.Id, o.Code, o.Name, o.Department!.Name, o.HeadDesignation, o.Address, o.Pin, o.Phone))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// People retiring before this day are flagged: the current election's poll date plus its retirement margin.
    /// Null when no election is current.
    /// </summary>
    public async Task<DateOnly?> RetirementCutoffAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var current = await db.CurrentElection().AsNoTracking()
            .Select(e => new { e.PollDate, e.RetirementMarginMonths }).FirstOrDefaultAsync(ct);
        return current?.PollDate.AddMonths(current.RetirementMarginMonths);
    }

    public async Task<StaffPrint?> GetPrintAsync(int officeId, CancellationToken ct)
    {
        var header = await GetHeaderAsync(officeId, ct);
        var status = await finalization.GetStatusAsync(officeId, ct);
        if (header is null || status is null)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Employees.AsNoTracking().Where(e => e.OfficeId == officeId)
            .OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Select(e => new StaffPrintRow(e.Name, e.FatherOrHusbandName, e.Gender, e.DateOfBirth, e.Designation, e.ServiceGroup,
                e.PayLevel, e.BasicPay, e.Epic, e.Mobile, e.ExemptionStatus, e.ExemptionReason))
            .ToListAsync(ct);
        return new StaffPrint(header, status, rows);
    }
}
