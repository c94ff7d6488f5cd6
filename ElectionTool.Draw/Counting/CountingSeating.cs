using ElectionTool.Draw.Duties;

namespace ElectionTool.Draw.Counting;

/// <summary>Seating one role's people into hall places so nobody counts in a unit where they vote, live, belong or work.</summary>
internal static class CountingSeating
{
    /// <summary>Each hall's places for a role (its tables plus its reserve), halls in code order: entries are hall indexes.</summary>
    public static List<int> Places(IReadOnlyList<CountingHall> halls, CountingRules rules) =>
        halls.SelectMany((h, i) => Enumerable.Repeat(i, CountingNeeds.PerRole(h, rules))).ToList();

    /// <summary>For each person (in the given order), the index into <paramref name="places"/> they take; -1 for the first who cannot be seated and everyone after.</summary>
    public static int[] Seat(IReadOnlyList<DrawEmployee> people, IReadOnlyList<int> places, IReadOnlyList<CountingHall> halls)
    {
        var matching = new SeatMatching(places.Count, (person, place) => Eligibility.MayServeIn(people[person], halls[places[place]].UnitCode));
        var result = Enumerable.Repeat(-1, people.Count).ToArray();
        for (var i = 0; i < people.Count; i++)
        {
            if (!matching.Add())
            {
                return result;
            }
        }
        for (var i = 0; i < people.Count; i++)
        {
            result[i] = matching.SeatOf(i);
        }
        return result;
    }

    /// <summary>The step-2 check that step 1 runs on its selection: every role can fill every hall's places.</summary>
    public static DrawFinding? UnitShortfall(CountingInput input, IReadOnlyList<CountingAssignment> selection)
    {
        var halls = input.Halls.OrderBy(h => h.Code, StringComparer.Ordinal).ToList();
        var places = Places(halls, input.Rules);
        var people = input.Pool.ToDictionary(p => p.Employee.Id, p => p.Employee);
        foreach (var role in CountingRoles.All)
        {
            var drawn = selection.Where(a => a.Role == role).Select(a => people[a.EmployeeId]).ToList();
            var seated = Seat(drawn, places, halls).Count(s => s >= 0);
            if (seated < drawn.Count)
            {
                return NotAtHome(role, places.Count, seated);
            }
        }
        return null;
    }

    public static DrawFinding NotAtHome(DutyKind role, int places, int seated) =>
        new("not at home", $"{DutyBands.Title(role)}s: {places} hall places, only {seated} can be filled by people who may count there " +
            $"(not in the unit where they vote, live, belong or work); short by {places - seated}.", places, seated);
}
