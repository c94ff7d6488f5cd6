using ElectionTool.Draw.Duties;

namespace ElectionTool.Draw.Counting;

/// <summary>What counting replacement found: the hall reserve to seat, or why none fits.</summary>
public sealed record CountingReplacementProposal(bool Found, long AbsentEmployeeId, long? ReplacementEmployeeId, DutyKind? Role, string? HallCode, int? Table, string Reason);

/// <summary>
/// Replaces a person seated at a counting table (step 3) who is absent or exempted with a reserve of the same role and
/// hall. Candidates are tried by employee id, so the proposal needs no seed; the first who is still eligible and keeps
/// every table rule (no two from one office, the supervisor paid at least the assistant) is proposed.
/// </summary>
public static class CountingReplacement
{
    public static CountingReplacementProposal Propose(CountingInput input, CountingResult tables, long absentEmployeeId, IReadOnlyCollection<long>? unavailable = null)
    {
        var absent = tables.Assignments.FirstOrDefault(a => a.EmployeeId == absentEmployeeId);
        if (tables.Step != 3 || absent is null || absent.IsReserve || absent.Table is null)
        {
            var why = tables.Step != 3 ? "tables are allotted only in step 3" : absent is null ? "is not drafted in this draw" : "is a reserve; nothing to replace";
            return new(false, absentEmployeeId, null, absent?.Role, absent?.HallCode, absent?.Table, $"Employee {absentEmployeeId}: {why}.");
        }

        var people = input.Pool.ToDictionary(p => p.Employee.Id, p => p.Employee);
        var units = input.Halls.Select(h => h.UnitCode).Distinct(StringComparer.Ordinal).ToList();
        var others = tables.Assignments.Where(a => a.HallCode == absent.HallCode && a.Table == absent.Table && a.EmployeeId != absentEmployeeId)
            .Select(a => (a.Role, people[a.EmployeeId])).ToList();
        var skip = new HashSet<long>(unavailable ?? []) { absentEmployeeId };
        var rejected = new List<string>();
        foreach (var candidate in tables.Assignments.Where(a => a.IsReserve && a.HallCode == absent.HallCode && a.Role == absent.Role && !skip.Contains(a.EmployeeId))
            .Select(a => people[a.EmployeeId]).OrderBy(e => e.Id))
        {
            var why = Eligibility.Exclusion(candidate, input.Settings, units) ?? CountingTables.Breach(candidate, absent.Role, others);
            if (why is null)
            {
                return new(true, absentEmployeeId, candidate.Id, absent.Role, absent.HallCode, absent.Table,
                    $"Reserve {candidate.Id} replaces {absentEmployeeId} as {DutyBands.Title(absent.Role).ToLowerInvariant()} at table {absent.Table} of hall {absent.HallCode}.");
            }
            rejected.Add(why);
        }
        var reasons = rejected.Count == 0 ? "there is no unused reserve"
            : string.Join(", ", rejected.GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} break {g.Key}"));
        return new(false, absentEmployeeId, null, absent.Role, absent.HallCode, absent.Table,
            $"No reserve {DutyBands.Title(absent.Role).ToLowerInvariant()} of hall {absent.HallCode} keeps every rule at table {absent.Table}: {reasons}.");
    }
}
