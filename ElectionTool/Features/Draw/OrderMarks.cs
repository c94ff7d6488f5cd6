using ElectionTool.Data;
using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>
/// The one home for how a replacement marks orders on every duty's print-out: each person's latest mark (new order or
/// reprint); withdrawn orders are not printed, so they carry no banner.
/// </summary>
public static class OrderMarks
{
    public static async Task<Dictionary<long, ReprintKind>> LoadAsync(ElectionDbContext db, int electionId, CancellationToken ct) =>
        (await db.Set<OrderReprint>().AsNoTracking().Where(r => r.ElectionId == electionId && r.Kind != ReprintKind.Cancelled).ToListAsync(ct))
            .GroupBy(r => (long)r.EmployeeId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!.Kind);
}
