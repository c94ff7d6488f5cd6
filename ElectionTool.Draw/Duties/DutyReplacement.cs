namespace ElectionTool.Draw.Duties;

/// <summary>What duty replacement found: the reserve who takes the post, a reserve withdrawn, or why nobody fits.</summary>
public sealed record DutyReplacementProposal(bool Found, long AbsentEmployeeId, long? ReplacementEmployeeId, string? PostCode, string? UnitCode, bool AbsentIsReserve, string Reason);

/// <summary>
/// Replaces an officer or micro-observer who became exempt or absent with the first reserve of the same duty (in the
/// draw's reserve order) who keeps every rule: eligible, in the duty's band, not at home in the post's unit, and not the
/// spouse of anyone holding this duty. The order is fixed by the accepted result, so the proposal needs no seed and is
/// the same on every machine.
/// </summary>
public static class DutyReplacement
{
    /// <param name="current">The accepted result with earlier replacements applied (<see cref="Apply"/>).</param>
    /// <param name="unavailable">Reserves who cannot come in: exempted or disabled since the draw, or already out.</param>
    public static DutyReplacementProposal Propose(DutyInput input, DutyResult current, long absentEmployeeId, IReadOnlyCollection<long>? unavailable = null)
    {
        var title = DutyBands.Title(input.Kind);
        var seat = current.Assignments.FirstOrDefault(a => a.EmployeeId == absentEmployeeId);
        if (seat is null)
        {
            return new(false, absentEmployeeId, null, null, null, false, $"Employee {absentEmployeeId} holds no {title.ToLowerInvariant()} post in this draw (or was already replaced).");
        }
        if (seat.PostCode is null)
        {
            return new(true, absentEmployeeId, null, null, null, true, $"Employee {absentEmployeeId} is a reserve {title.ToLowerInvariant()}; confirming withdraws them from the reserve.");
        }

        var people = input.Pool.ToDictionary(p => p.Employee.Id);
        var skip = new HashSet<long>(unavailable ?? []) { absentEmployeeId };
        var spouses = current.Assignments.Where(a => a.EmployeeId != absentEmployeeId && people.ContainsKey(a.EmployeeId))
            .Select(a => people[a.EmployeeId].Employee).Where(Eligibility.HasSpouse).Select(e => e.SpouseKey!).ToHashSet(StringComparer.Ordinal);
        var rejected = new List<string>();
        foreach (var reserve in current.Assignments.Where(a => a.PostCode is null && !skip.Contains(a.EmployeeId)).OrderBy(a => a.Order))
        {
            if (!people.TryGetValue(reserve.EmployeeId, out var candidate))
            {
                continue;
            }
            var e = candidate.Employee;
            var why = Eligibility.Exclusion(e, input.Settings, []) is { } excluded ? excluded
                : !DutyBands.InBand(candidate, input.Kind, input.Rules) ? "band"
                : !Eligibility.MayServeIn(e, seat.UnitCode!) ? "not at home"
                : Eligibility.HasSpouse(e) && spouses.Contains(e.SpouseKey!) ? "couples" : null;
            if (why is null)
            {
                return new(true, absentEmployeeId, e.Id, seat.PostCode, seat.UnitCode, false,
                    $"Reserve {e.Id} takes {seat.PostCode} ({seat.UnitCode}) from {absentEmployeeId}.");
            }
            rejected.Add(why);
        }
        var reasons = rejected.Count == 0 ? "there is no unused reserve"
            : string.Join(", ", rejected.GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} break {g.Key}"));
        return new(false, absentEmployeeId, null, seat.PostCode, seat.UnitCode, false, $"No reserve {title.ToLowerInvariant()} can take {seat.PostCode} ({seat.UnitCode}): {reasons}.");
    }

    /// <summary>The result as things now stand: each incoming reserve takes the absent person's post and leaves the reserve.</summary>
    public static DutyResult Apply(DutyResult result, IEnumerable<(long Absent, long? Incoming)> replacements)
    {
        var assignments = result.Assignments.ToList();
        foreach (var (absent, incoming) in replacements)
        {
            var seat = assignments.FindIndex(a => a.EmployeeId == absent);
            if (seat < 0)
            {
                continue;
            }
            if (incoming is { } id && assignments[seat].PostCode is not null)
            {
                assignments.RemoveAll(a => a.EmployeeId == id && a.PostCode is null);
                seat = assignments.FindIndex(a => a.EmployeeId == absent);
                assignments[seat] = assignments[seat] with { EmployeeId = id };
            }
            else
            {
                assignments.RemoveAt(seat);
            }
        }
        return result with { Assignments = assignments };
    }
}
