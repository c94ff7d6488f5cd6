namespace ElectionTool.Draw;

/// <summary>
/// Checks a result against every rule from the input alone, without trusting the stage that made
/// it. An empty list means the result is valid. Used after each stage, by the tests, and by verify.
/// </summary>
public static partial class DrawValidator
{
    public static IReadOnlyList<DrawFinding> Validate(DrawInput input, StageOneResult result)
    {
        var found = new List<DrawFinding>();
        if (!KnownVersion(found, result.AlgorithmVersion))
        {
            return found;
        }

        Hashes(found, 1, result.InputHash, DrawHashes.StageOneInput(input, result.AlgorithmVersion), result.OutputHash, DrawHashes.Output(result));
        if (!result.Report.Feasible)
        {
            if (result.Assignments.Count > 0)
            {
                found.Add(Broken(DrawRules.Stage1, "An infeasible stage 1 lists assignments."));
            }

            return found;
        }
        var plan = DrawPlan.For(input);
        var units = plan.Units.Select(u => u.UnitCode).ToList();
        var byId = input.Pool.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<long>();
        var spouses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in result.Assignments)
        {
            if (!seen.Add(a.EmployeeId)) { found.Add(Broken(DrawRules.OneRole, $"Employee {a.EmployeeId} is drafted twice.")); continue; }
            if (!byId.TryGetValue(a.EmployeeId, out var e)) { found.Add(Broken(DrawRules.Input, $"Employee {a.EmployeeId} is not in the pool.")); continue; }
            if (Eligibility.Exclusion(e, input.Settings, units) is { } why)
            {
                found.Add(Broken(DrawRules.Eligibility, $"Employee {e.Id} is not eligible: {why}."));
            }

            if (!Eligibility.InBand(e, a.Role, input.Settings))
            {
                found.Add(Broken(DrawRules.RoleBand, $"Employee {e.Id} may not be {a.Role}."));
            }

            if (Eligibility.HasSpouse(e) && !spouses.Add(e.SpouseKey!))
            {
                found.Add(Broken(DrawRules.Couples, $"Both spouses of couple {e.SpouseKey} are drafted."));
            }
        }
        foreach (var role in PartyRoles.All)
        {
            var drafted = result.Assignments.Where(a => a.Role == role).ToList();
            if (drafted.Count != plan.Seats(role))
            {
                found.Add(new(DrawRules.Seats, $"{PartyRoles.Title(role)}: {drafted.Count} drafted, {plan.Seats(role)} needed.", plan.Seats(role), drafted.Count));
            }

            var women = drafted.Count(a => byId.TryGetValue(a.EmployeeId, out var e) && Eligibility.IsWoman(e));
            if (women < plan.WomenSeats(role))
            {
                found.Add(new(DrawRules.Women, $"{PartyRoles.Title(role)}: {women} women drafted, {plan.WomenSeats(role)} needed.", plan.WomenSeats(role), women));
            }
        }
        return found;
    }

    public static IReadOnlyList<DrawFinding> Validate(DrawInput input, StageTwoResult two, StageThreeResult result)
    {
        var found = new List<DrawFinding>();
        if (!KnownVersion(found, result.AlgorithmVersion))
        {
            return found;
        }

        Hashes(found, 3, result.InputHash, DrawHashes.StageThreeInput(input, two.OutputHash, result.AlgorithmVersion), result.OutputHash, DrawHashes.Output(result));
        if (!result.Report.Feasible)
        {
            return found;
        }

        var parties = two.Parties.GroupBy(p => p.PartyNumber).ToDictionary(g => g.Key, g => g.First());
        var allotted = new HashSet<int>();
        var stations = input.Stations.ToDictionary(s => (s.UnitCode, s.Number));
        var served = new HashSet<(string, int)>();
        foreach (var a in result.Allotments)
        {
            if (!stations.TryGetValue((a.UnitCode, a.StationNumber), out var station)) { found.Add(Broken(DrawRules.Stations, $"Station {a.UnitCode}/{a.StationNumber} does not exist.")); continue; }
            if (!served.Add((a.UnitCode, a.StationNumber)))
            {
                found.Add(Broken(DrawRules.Stations, $"Station {a.UnitCode}/{a.StationNumber} has two parties."));
            }

            if (!parties.TryGetValue(a.PartyNumber, out var party)) { found.Add(Broken(DrawRules.Stations, $"Party {a.PartyNumber} does not exist.")); continue; }
            if (!allotted.Add(a.PartyNumber))
            {
                found.Add(Broken(DrawRules.Stations, $"Party {a.PartyNumber} serves two stations."));
            }

            if (party.IsReserve)
            {
                found.Add(Broken(DrawRules.Stations, $"Reserve party {a.PartyNumber} is allotted a station."));
            }

            if (party.UnitCode != a.UnitCode)
            {
                found.Add(Broken(DrawRules.Stations, $"Party {a.PartyNumber} of unit {party.UnitCode} is allotted to {a.UnitCode}."));
            }

            var fourth = party.Members.Any(m => m.Role == Role.PollingOfficer4);
            if (DrawPlan.IsAllWomen(input.Settings, station) && !party.AllWomen)
            {
                found.Add(Broken(DrawRules.Women, $"Women-managed station {a.UnitCode}/{a.StationNumber} gets party {a.PartyNumber}, which is not all-women."));
            }

            if (DrawPlan.NeedsFourth(input.Settings, station) != fourth)
            {
                found.Add(Broken(DrawRules.Composition, $"Station {a.UnitCode}/{a.StationNumber} and party {a.PartyNumber} differ on the 4th officer."));
            }
        }
        var unserved = input.Stations.Count(s => !served.Contains((s.UnitCode, s.Number)));
        if (unserved > 0)
        {
            found.Add(new(DrawRules.Stations, $"{unserved} stations have no party.", input.Stations.Count, input.Stations.Count - unserved));
        }

        var idle = two.Parties.Count(p => !p.IsReserve && !allotted.Contains(p.PartyNumber));
        if (idle > 0)
        {
            found.Add(Broken(DrawRules.Stations, $"{idle} polling parties have no station."));
        }

        return found;
    }

    private static bool KnownVersion(List<DrawFinding> found, string version)
    {
        if (DrawAlgorithm.IsSupported(version))
        {
            return true;
        }

        found.Add(Broken(DrawRules.Version, $"Algorithm version '{version}' is not known to this build (known: {string.Join(", ", DrawAlgorithm.Supported)})."));
        return false;
    }

    private static void Hashes(List<DrawFinding> found, int stage, string inputHash, string expectedInput, string outputHash, string expectedOutput)
    {
        if (!string.Equals(inputHash, expectedInput, StringComparison.Ordinal))
        {
            found.Add(Broken(DrawRules.InputHash, $"Stage {stage}: recorded input hash {inputHash}, the input gives {expectedInput}."));
        }

        if (!string.Equals(outputHash, expectedOutput, StringComparison.Ordinal))
        {
            found.Add(Broken(DrawRules.OutputHash, $"Stage {stage}: recorded output hash {outputHash}, the content gives {expectedOutput}."));
        }
    }

    private static DrawFinding Broken(string rule, string message) => new(rule, message, 0, 1);
}
