using ElectionTool.Draw.Duties;

namespace ElectionTool.Draw.Counting;

/// <summary>
/// Step 3, on counting morning before the Observer: hall by hall (by code), the tables are shuffled and each role's staff
/// of the hall (id order) are shuffled; the first supervisors take the tables in shuffled order, then assistants and
/// micro-observers in their shuffled order each take the first open table (shuffled order) that keeps every table rule —
/// no two from one office, the supervisor paid at least the assistant. Whoever is left is the hall's reserve. A hall that
/// cannot be filled is tried again from the same stream, up to <see cref="CountingAlgorithm.Attempts"/> times.
/// </summary>
public static class CountingTables
{
    public static CountingResult Allot(CountingInput input, CountingResult halls, string seed)
    {
        var (inputHash, _) = CountingHashes.Input(input, 3, halls);
        var findings = new List<DrawFinding>();
        if (CountingChecks.Previous(halls, 2) is { } refused)
        {
            findings.Add(refused);
            return CountingHashes.Finish(input, 3, seed, inputHash, findings, []);
        }

        var people = input.Pool.ToDictionary(p => p.Employee.Id, p => p.Employee);
        using var random = CountingAlgorithm.Random(input.ElectionId, 3, seed, inputHash);
        var assignments = new List<CountingAssignment>();
        foreach (var hall in input.Halls.OrderBy(h => h.Code, StringComparer.Ordinal))
        {
            var staff = CountingRoles.All.Select(role => halls.Assignments.Where(a => a.HallCode == hall.Code && a.Role == role)
                .Select(a => people[a.EmployeeId]).OrderBy(e => e.Id).ToList()).ToList();
            HallSeating? seating = null;
            for (var attempt = 1; attempt <= CountingAlgorithm.Attempts && seating?.Complete != true; attempt++)
            {
                seating = HallSeating.Draw(hall.Seats, staff, random);
            }
            if (!seating!.Complete)
            {
                findings.Add(seating.Shortfall(hall));
                return CountingHashes.Finish(input, 3, seed, inputHash, findings, []);
            }
            foreach (var (table, seated) in seating.ByTable())
            {
                assignments.AddRange(seated.Select(x => new CountingAssignment(x.Person.Id, x.Role, hall.Code, hall.UnitCode, table, false, 0)));
            }
            foreach (var (role, person) in seating.Reserve())
            {
                assignments.Add(new CountingAssignment(person.Id, role, hall.Code, hall.UnitCode, null, true, 0));
            }
        }
        return CountingHashes.Finish(input, 3, seed, inputHash, findings, Renumber(assignments));
    }

    private static List<CountingAssignment> Renumber(List<CountingAssignment> a) => a.Select((x, i) => x with { Order = i + 1 }).ToList();

    /// <summary>The rules of one table, shared by the draw, the validator and replacement.</summary>
    public static string? Breach(DrawEmployee person, DutyKind role, IEnumerable<(DutyKind Role, DrawEmployee Person)> others)
    {
        foreach (var (otherRole, other) in others)
        {
            if (other.OfficeId == person.OfficeId)
            {
                return "no two from one office";
            }
            if ((role == DutyKind.CountingAssistant && otherRole == DutyKind.CountingSupervisor && Eligibility.ComparePay(other, person) < 0) ||
                (role == DutyKind.CountingSupervisor && otherRole == DutyKind.CountingAssistant && Eligibility.ComparePay(person, other) < 0))
            {
                return "hierarchy";
            }
        }
        return null;
    }
}
