using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Draw.Stages;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

/// <summary>The one duty ledger of an election: who holds which duty in an accepted stage.</summary>
public static class DutyLedgerStore
{
    public sealed record Holding(long EmployeeId, string Duty, int Stage, long RunId);

    public static async Task<List<Holding>> HoldingsAsync(ElectionDbContext db, int electionId, CancellationToken ct)
    {
        var drafting = DrawStageCatalog.Drafting;
        var runs = await db.Set<DrawRun>().AsNoTracking()
            .Where(r => r.ElectionId == electionId && r.Status == DrawRunStatus.Accepted && drafting.Contains(r.Stage))
            .Select(r => new { r.Id, r.Stage, r.Duty, r.ResultJson }).ToListAsync(ct);
        return runs.SelectMany(run => DrawStageCatalog.Get(run.Stage).Holders(run.ResultJson).Select(id => new Holding(id, run.Duty, run.Stage, run.Id))).ToList();
    }

    public static async Task<IReadOnlySet<long>> HeldAsync(ElectionDbContext db, int electionId, CancellationToken ct) =>
        (await HoldingsAsync(db, electionId, ct)).Select(h => h.EmployeeId).ToHashSet();

    public static List<DrawEmployee> Without(List<DrawEmployee> pool, IReadOnlySet<long> held) => DutyLedger.Without(pool, e => e, held);
}
