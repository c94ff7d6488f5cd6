using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Draw;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

/// <summary>The one duty ledger of an election: who holds which duty in an accepted stage.</summary>
public static class DutyLedgerStore
{
    public sealed record Holding(long EmployeeId, string Duty, int Stage, long RunId);

    public static async Task<List<Holding>> HoldingsAsync(ElectionDbContext db, int electionId, CancellationToken ct)
    {
        var drafting = DutyStages.All.Where(DutyStages.Drafts).Select(s => s.Number).Append(1).ToList();
        var runs = await db.Set<DrawRun>().AsNoTracking()
            .Where(r => r.ElectionId == electionId && r.Status == DrawRunStatus.Accepted && drafting.Contains(r.Stage))
            .Select(r => new { r.Id, r.Stage, r.ResultJson }).ToListAsync(ct);
        var holdings = new List<Holding>();
        foreach (var run in runs)
        {
            if (run.Stage == 1)
            {
                holdings.AddRange(DrawSnapshot.FromJson<StageOneResult>(run.ResultJson).Assignments.Select(a => new Holding(a.EmployeeId, "PollingParty", 1, run.Id)));
            }
            else
            {
                var result = DrawSnapshot.FromJson<DutyResult>(run.ResultJson);
                holdings.AddRange(result.Assignments.Select(a => new Holding(a.EmployeeId, result.Kind.ToString(), run.Stage, run.Id)));
            }
        }
        return holdings;
    }

    public static async Task<IReadOnlySet<long>> HeldAsync(ElectionDbContext db, int electionId, CancellationToken ct) =>
        (await HoldingsAsync(db, electionId, ct)).Select(h => h.EmployeeId).ToHashSet();

    public static List<DrawEmployee> Without(List<DrawEmployee> pool, IReadOnlySet<long> held) => DutyLedger.Without(pool, e => e, held);
}
