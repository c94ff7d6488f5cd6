namespace ElectionTool.Draw;

/// <summary>What replacement found: the reserve to draft in, or why none fits.</summary>
public sealed record ReplacementProposal(
    bool Found,
    long AbsentEmployeeId,
    long? ReplacementEmployeeId,
    int? PartyNumber,
    Role? Role,
    string? UnitCode,
    string Reason);

/// <summary>
/// Replaces a drafted person who became exempt or absent with a reserve of the same role and unit.
/// Candidates are tried in a fixed order (reserve party number, then employee id; reserve 4th
/// officers by employee id), so the proposal is the same on every run and needs no seed.
/// </summary>
public static class DrawReplacement
{
    public static ReplacementProposal Propose(DrawInput input, StageTwoResult stageTwo, long absentEmployeeId,
        IReadOnlyCollection<long>? unavailable = null)
    {
        var byId = input.Pool.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        var party = stageTwo.Parties.FirstOrDefault(p => p.Members.Any(m => m.EmployeeId == absentEmployeeId));
        if (party is null)
        {
            var reserve = stageTwo.ReservePersons.FirstOrDefault(x => x.EmployeeId == absentEmployeeId);
            var why = reserve is null ? "is not in any party of this draw" : $"is a reserve of unit {reserve.UnitCode}; nothing to replace";
            return new(false, absentEmployeeId, null, null, reserve?.Role, reserve?.UnitCode, $"Employee {absentEmployeeId} {why}.");
        }
        var role = party.Members.First(m => m.EmployeeId == absentEmployeeId).Role;
        if (party.IsReserve)
        {
            return new(false, absentEmployeeId, null, party.PartyNumber, role, party.UnitCode, $"Employee {absentEmployeeId} is in reserve party {party.PartyNumber}; nothing to replace.");
        }

        var skip = new HashSet<long>(unavailable ?? []) { absentEmployeeId };
        var candidates = role == Role.PollingOfficer4
            ? stageTwo.ReservePersons.Where(x => x.UnitCode == party.UnitCode && x.Role == role)
                .Select(x => x.EmployeeId).Order().ToList()
            : stageTwo.Parties.Where(p => p.IsReserve && p.UnitCode == party.UnitCode).OrderBy(p => p.PartyNumber)
                .SelectMany(p => p.Members.Where(m => m.Role == role).Select(m => m.EmployeeId)).ToList();
        var rejected = new List<string>();
        foreach (var id in candidates.Where(id => !skip.Contains(id)))
        {
            if (!byId.TryGetValue(id, out var candidate))
            {
                continue;
            }

            if (Eligibility.Exclusion(candidate, input.Settings, []) is { } why) { rejected.Add(why); continue; }
            var members = party.Members
                .Select(m => (m.Role, m.EmployeeId == absentEmployeeId ? candidate : byId[m.EmployeeId]))
                .ToList();
            var broken = PartyRules.Check(input.Settings, party.PartyNumber, party.UnitCode, party.AllWomen, members);
            if (broken.Count == 0)
            {
                return new(true, absentEmployeeId, id, party.PartyNumber, role, party.UnitCode,
                    $"Reserve {id} replaces {absentEmployeeId} as {role} in party {party.PartyNumber} ({party.UnitCode}).");
            }

            rejected.Add(broken[0].Rule);
        }
        var reasons = rejected.Count == 0
            ? "there is no unused reserve"
            : string.Join(", ", rejected.GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} break {g.Key}"));
        return new(false, absentEmployeeId, null, party.PartyNumber, role, party.UnitCode,
            $"No reserve {role} of unit {party.UnitCode} keeps every rule in party {party.PartyNumber}: {reasons}.");
    }
}
