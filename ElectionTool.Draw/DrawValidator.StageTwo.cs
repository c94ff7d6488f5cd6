namespace ElectionTool.Draw;

public static partial class DrawValidator
{
    public static IReadOnlyList<DrawFinding> Validate(DrawInput input, StageOneResult one, StageTwoResult result)
    {
        var found = new List<DrawFinding>();
        if (!KnownVersion(found, result.AlgorithmVersion))
        {
            return found;
        }

        var roles = one.Assignments.GroupBy(a => a.EmployeeId).ToDictionary(g => g.Key, g => g.First().Role);
        var byId = input.Pool.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        var drafted = roles.Keys.Where(byId.ContainsKey).Select(id => byId[id]);
        Hashes(found, 2, result.InputHash, DrawHashes.StageTwoInput(input, one.OutputHash, drafted, result.AlgorithmVersion), result.OutputHash, DrawHashes.Output(result));
        if (!result.Report.Feasible)
        {
            return found;
        }

        var plan = DrawPlan.For(input);
        var placed = new HashSet<long>();
        void Place(long id, Role role, string where)
        {
            if (!placed.Add(id))
            {
                found.Add(Broken(DrawRules.OneParty, $"Employee {id} is placed twice ({where})."));
            }

            if (!roles.TryGetValue(id, out var drawn))
            {
                found.Add(Broken(DrawRules.Stage1, $"Employee {id} in {where} was not drafted in stage 1."));
            }
            else if (drawn != role)
            {
                found.Add(Broken(DrawRules.Stage1, $"Employee {id} sits as {role} in {where} but was drafted as {drawn}."));
            }
        }
        if (result.Parties.Select(p => p.PartyNumber).Distinct().Count() != result.Parties.Count)
        {
            found.Add(Broken(DrawRules.Numbering, "Party numbers repeat."));
        }

        foreach (var party in result.Parties)
        {
            var members = new List<(Role, DrawEmployee)>();
            foreach (var m in party.Members)
            {
                Place(m.EmployeeId, m.Role, $"party {party.PartyNumber}");
                if (byId.TryGetValue(m.EmployeeId, out var e))
                {
                    members.Add((m.Role, e));
                }
            }
            var missing = PartyRoles.All.Take(4).Where(r => party.Members.All(m => m.Role != r)).ToList();
            if (missing.Count > 0)
            {
                found.Add(Broken(DrawRules.Composition, $"Party {party.PartyNumber} has no {string.Join(", ", missing)}."));
            }

            if (party.IsReserve && party.Members.Any(m => m.Role == Role.PollingOfficer4))
            {
                found.Add(Broken(DrawRules.Composition, $"Reserve party {party.PartyNumber} has a 4th officer; reserve 4th officers are held as reserve persons."));
            }

            found.AddRange(PartyRules.Check(input.Settings, party.PartyNumber, party.UnitCode, party.AllWomen, members));
        }
        foreach (var person in result.ReservePersons)
        {
            Place(person.EmployeeId, person.Role, $"reserve of {person.UnitCode}");
            if (byId.TryGetValue(person.EmployeeId, out var e) && !Eligibility.MayServeIn(e, person.UnitCode))
            {
                found.Add(Broken(DrawRules.NotPostedAtHome, $"Reserve {person.EmployeeId} belongs to unit {person.UnitCode}."));
            }
        }
        var unplaced = roles.Keys.Count(id => !placed.Contains(id));
        if (unplaced > 0)
        {
            found.Add(new(DrawRules.OneParty, $"{unplaced} drafted people are in no party and no reserve.", roles.Count, roles.Count - unplaced));
        }

        foreach (var unit in plan.Units)
        {
            found.AddRange(UnitCounts(unit, result));
        }

        var stray = result.Parties.Count(p => plan.Units.All(u => u.UnitCode != p.UnitCode));
        if (stray > 0)
        {
            found.Add(Broken(DrawRules.Seats, $"{stray} parties belong to units without stations."));
        }

        return found;
    }

    private static IEnumerable<DrawFinding> UnitCounts(UnitNeed unit, StageTwoResult result)
    {
        var parties = result.Parties.Where(p => p.UnitCode == unit.UnitCode).ToList();
        int Count(bool reserve, bool allWomen, bool? fourth) => parties.Count(p => p.IsReserve == reserve && p.AllWomen == allWomen &&
            (fourth is null || p.Members.Any(m => m.Role == Role.PollingOfficer4) == fourth));
        (string What, int Need, int Have)[] checks =
        [
            ("women-managed parties with a 4th officer", unit.WomenManagedWithFourth, Count(false, true, true)),
            ("women-managed parties", unit.WomenManaged - unit.WomenManagedWithFourth, Count(false, true, false)),
            ("parties with a 4th officer", unit.WithFourth - unit.WomenManagedWithFourth, Count(false, false, true)),
            ("ordinary parties", unit.Stations - unit.WomenManaged - unit.WithFourth + unit.WomenManagedWithFourth, Count(false, false, false)),
            ("all-women reserve parties", unit.ReserveAllWomenParties, Count(true, true, null)),
            ("other reserve parties", unit.ReserveParties - unit.ReserveAllWomenParties, Count(true, false, null)),
            ("reserve 4th officers", unit.ReserveFourthOfficers, result.ReservePersons.Count(x => x.UnitCode == unit.UnitCode)),
        ];
        foreach (var (what, need, have) in checks.Where(c => c.Need != c.Have))
        {
            yield return new DrawFinding(DrawRules.Seats, $"Unit {unit.UnitCode}: {need} {what} needed, {have} formed.", need, have);
        }
    }
}
