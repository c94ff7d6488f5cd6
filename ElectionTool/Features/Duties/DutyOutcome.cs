using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Draw;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

/// <summary>One duty as it now stands: the accepted run that posts it, its result with replacements applied, and its input.</summary>
public sealed record DutyPosting(DutyStage Stage, DrawRun Run, DutyResult Drawn, DutyResult Current, IReadOnlyList<PartyReplacement> Replacements)
{
    public DutyInput Input() => DrawSnapshot.Unpack<DutyInput>(Run.InputSnapshot);
}

/// <summary>
/// The accepted duty stages of an election, read only from stored runs. Micro-observers are posted by the allotment once
/// it is accepted; until then the selection stands (no station). The stored results are never rewritten: replacements
/// are applied in the order they were confirmed, as for polling parties.
/// </summary>
public static class DutyOutcome
{
    public static async Task<List<DutyPosting>> LoadAsync(ElectionDbContext db, int electionId, CancellationToken ct)
    {
        var numbers = DutyStages.All.Select(s => s.Number).ToList();
        var runs = await db.Set<DrawRun>().AsNoTracking()
            .Where(r => r.ElectionId == electionId && r.Status == DrawRunStatus.Accepted && numbers.Contains(r.Stage)).ToListAsync(ct);
        if (runs.Any(r => r.Stage == DutyStages.MicroAllotment.Number))
        {
            runs.RemoveAll(r => r.Stage == DutyStages.MicroSelection.Number);
        }
        var ids = runs.Select(r => r.Id).ToList();
        var replacements = await db.Set<PartyReplacement>().AsNoTracking().Where(r => ids.Contains(r.RunId)).OrderBy(r => r.Id).ToListAsync(ct);
        return runs.OrderBy(r => r.Stage).Select(run =>
        {
            var drawn = DrawSnapshot.FromJson<DutyResult>(run.ResultJson);
            var mine = replacements.Where(r => r.RunId == run.Id).ToList();
            var current = DutyReplacement.Apply(drawn, mine.Select(r => ((long)r.AbsentEmployeeId, (long?)r.ReplacementEmployeeId)));
            return new DutyPosting(DutyStages.Find(run.Stage)!, run, drawn, current, mine);
        }).ToList();
    }
}
