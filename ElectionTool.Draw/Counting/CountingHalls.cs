namespace ElectionTool.Draw.Counting;

/// <summary>
/// Step 2, about a day before counting: per role (supervisors, assistants, micro-observers) the selected people in id
/// order are shuffled, the hall places (each hall's tables plus its reserve, halls by code) are shuffled, and each person
/// takes the first free place whose unit they may count in (augmenting earlier people along when none is free).
/// </summary>
public static class CountingHalls
{
    public static CountingResult Allot(CountingInput input, CountingResult selection, string seed)
    {
        var (inputHash, _) = CountingHashes.Input(input, 2, selection);
        var findings = new List<DrawFinding>();
        if (CountingChecks.Previous(selection, 1) is { } refused)
        {
            findings.Add(refused);
            return CountingHashes.Finish(input, 2, seed, inputHash, findings, []);
        }

        var halls = input.Halls.OrderBy(h => h.Code, StringComparer.Ordinal).ToList();
        var people = input.Pool.ToDictionary(p => p.Employee.Id, p => p.Employee);
        using var random = CountingAlgorithm.Random(input.ElectionId, 2, seed, inputHash);
        var placed = new List<(CountingHall Hall, Duties.DutyKind Role, long Id)>();
        foreach (var role in CountingRoles.All)
        {
            var drawn = selection.Assignments.Where(a => a.Role == role).Select(a => people[a.EmployeeId]).OrderBy(e => e.Id).ToList();
            random.Shuffle(drawn);
            var places = CountingSeating.Places(halls, input.Rules);
            random.Shuffle(places);
            var seats = CountingSeating.Seat(drawn, places, halls);
            var seated = seats.Count(s => s >= 0);
            if (seated < drawn.Count || drawn.Count != places.Count)
            {
                findings.Add(CountingSeating.NotAtHome(role, places.Count, seated));
                return CountingHashes.Finish(input, 2, seed, inputHash, findings, []);
            }
            placed.AddRange(drawn.Select((e, i) => (halls[places[seats[i]]], role, e.Id)));
        }

        var assignments = placed.OrderBy(p => p.Hall.Code, StringComparer.Ordinal).ThenBy(p => CountingRoles.Rank(p.Role)).ThenBy(p => p.Id)
            .Select((p, i) => new CountingAssignment(p.Id, p.Role, p.Hall.Code, p.Hall.UnitCode, null, false, i + 1)).ToList();
        return CountingHashes.Finish(input, 2, seed, inputHash, findings, assignments);
    }
}
