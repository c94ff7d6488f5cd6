using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Counting;
using ElectionTool.Features.Draw;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Counting;

/// <summary>The latest accepted counting step as it now stands: its run, the drawn result, the result with replacements applied, and its input.</summary>
public sealed record CountingPosting(CountingStage Stage, DrawRun Run, CountingResult Drawn, CountingResult Current, IReadOnlyList<PartyReplacement> Replacements)
{
    public CountingInput Input() => DrawSnapshot.Unpack<CountingInput>(Run.InputSnapshot);
}

/// <summary>
/// Reads the counting outcome only from stored runs. The accepted result is never rewritten: a replacement (step 3 only)
/// seats the reserve at the absent person's table and takes the absent person off, in the order they were confirmed.
/// </summary>
public static class CountingOutcome
{
    public static async Task<CountingPosting?> LoadAsync(ElectionDbContext db, int electionId, CancellationToken ct)
    {
        var numbers = CountingStages.All.Select(s => s.Number).ToList();
        var run = await db.Set<DrawRun>().AsNoTracking().Where(r => r.ElectionId == electionId && r.Status == DrawRunStatus.Accepted && numbers.Contains(r.Stage))
            .OrderByDescending(r => r.Stage).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return null;
        }
        var replacements = await db.Set<PartyReplacement>().AsNoTracking().Where(r => r.RunId == run.Id).OrderBy(r => r.Id).ToListAsync(ct);
        var drawn = CountingStage.Result(run.ResultJson);
        return new CountingPosting(CountingStages.Find(run.Stage)!, run, drawn, Apply(drawn, replacements.Select(r => ((long)r.AbsentEmployeeId, (long?)r.ReplacementEmployeeId))), replacements);
    }

    /// <summary>Each (absent, incoming): the incoming reserve takes the absent person's table; the absent person leaves the list.</summary>
    public static CountingResult Apply(CountingResult drawn, IEnumerable<(long Absent, long? Incoming)> replacements)
    {
        var seats = drawn.Assignments.ToList();
        foreach (var (absent, incoming) in replacements)
        {
            var at = seats.FindIndex(a => a.EmployeeId == absent);
            if (at < 0)
            {
                continue;
            }
            var seat = seats[at];
            seats.RemoveAt(at);
            if (incoming is { } id && seats.FindIndex(a => a.EmployeeId == id) is var i and >= 0)
            {
                seats[i] = seats[i] with { Table = seat.Table, IsReserve = seat.IsReserve };
            }
        }
        return drawn with { Assignments = seats };
    }
}
