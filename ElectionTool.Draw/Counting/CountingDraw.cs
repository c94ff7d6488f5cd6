using ElectionTool.Draw.Duties;

namespace ElectionTool.Draw.Counting;

/// <summary>
/// The counting draw (docs/draw-algorithm.md, "Counting stages"): step 1 selects and gives roles (<see cref="Select"/>),
/// step 2 allots to halls (<see cref="CountingHalls"/>), step 3 to tables (<see cref="CountingTables"/>).
/// </summary>
public static class CountingDraw
{
    /// <summary>
    /// Step 1, about a week before counting: per role (micro-observers, supervisors, assistants) the eligible people of
    /// its band, in id order, are shuffled by the seeded generator and the first <c>need</c> not yet drawn (one spouse per
    /// couple) are taken. Assistants are only drawn among people paid no more than the lowest-paid supervisor drawn, so
    /// every table keeps the hierarchy. A selection that cannot be seated in the halls' units is redrawn from the same stream.
    /// </summary>
    public static CountingResult Select(CountingInput input, string seed)
    {
        var (inputHash, _) = CountingHashes.Input(input, 1, null);
        var findings = new List<DrawFinding>();
        if (input.Halls.Count == 0 || input.Halls.Any(h => h.Seats <= 0))
        {
            findings.Add(new DrawFinding("halls", "Every counting hall needs at least one table; set up the halls first.", 1, 0));
            return CountingHashes.Finish(input, 1, seed, inputHash, findings, []);
        }

        var units = input.Halls.Select(h => h.UnitCode).Distinct(StringComparer.Ordinal).ToList();
        var eligible = input.Pool.Where(p => Eligibility.Exclusion(p.Employee, input.Settings, units) is null).OrderBy(p => p.Employee.Id).ToList();
        var need = CountingNeeds.PerRole(input);
        var bands = input.Rules.Bands;
        foreach (var role in CountingRoles.DrawOrder)
        {
            var band = eligible.Count(p => DutyBands.InBand(p, role, bands));
            if (band < need)
            {
                findings.Add(Short(role, input, band, $"only {band} eligible ({DutyBands.Describe(role, bands)})", "band"));
            }
        }
        if (findings.Count > 0)
        {
            return CountingHashes.Finish(input, 1, seed, inputHash, findings, []);
        }

        using var random = CountingAlgorithm.Random(input.ElectionId, 1, seed, inputHash);
        DrawFinding? binding = null;
        for (var attempt = 1; attempt <= CountingAlgorithm.Attempts; attempt++)
        {
            var (assignments, shortfall) = DrawOnce(input, eligible, need, random);
            binding = shortfall ?? CountingSeating.UnitShortfall(input, assignments);
            if (binding is null)
            {
                if (attempt > 1)
                {
                    findings.Add(new DrawFinding("not at home", $"Drawn {attempt} times: earlier draws could not be seated outside the staff's own units.", 0, 0, Blocking: false));
                }
                return CountingHashes.Finish(input, 1, seed, inputHash, findings, assignments);
            }
            if (shortfall is not null)
            {
                break; // a band, couples or hierarchy shortfall is reported at once; only the unit check redraws
            }
        }
        findings.Add(binding!);
        return CountingHashes.Finish(input, 1, seed, inputHash, findings, []);
    }

    private static (List<CountingAssignment> Assignments, DrawFinding? Shortfall) DrawOnce(CountingInput input, List<DutyPerson> eligible, int need, DrawRandom random)
    {
        var drafted = new DraftedPeople();
        var assignments = new List<CountingAssignment>();
        DrawEmployee? lowestSupervisor = null;
        var bands = input.Rules.Bands;
        foreach (var role in CountingRoles.DrawOrder)
        {
            var band = eligible.Where(p => DutyBands.InBand(p, role, bands) &&
                (role != DutyKind.CountingAssistant || Eligibility.ComparePay(p.Employee, lowestSupervisor!) <= 0)).Select(p => p.Employee).ToList();
            var queue = new DrawnQueue(random.ShuffledPrefix(band).GetEnumerator(), drafted);
            for (var i = 0; i < need; i++)
            {
                var person = queue.Take(_ => true);
                if (person is null)
                {
                    var why = role == DutyKind.CountingAssistant
                        ? $"only {i} could be drawn among the {band.Count} in the band paid no more than the lowest-paid supervisor drawn (level {lowestSupervisor!.PayLevel}, basic {lowestSupervisor.BasicPay}), after those drawn for another role and spouses"
                        : $"only {i} could be drawn from the {band.Count} in the band after those drawn for another role and spouses of people drawn";
                    return ([], Short(role, input, i, why, role == DutyKind.CountingAssistant ? "hierarchy" : "couples"));
                }
                assignments.Add(new CountingAssignment(person.Id, role, null, null, null, false, assignments.Count + 1));
                if (role == DutyKind.CountingSupervisor && (lowestSupervisor is null || Eligibility.ComparePay(person, lowestSupervisor) < 0))
                {
                    lowestSupervisor = person;
                }
            }
        }
        return (assignments, null);
    }

    internal static DrawFinding Short(DutyKind role, CountingInput input, int have, string why, string rule)
    {
        var need = CountingNeeds.PerRole(input);
        var seats = CountingNeeds.Seats(input);
        return new DrawFinding(rule, $"{DutyBands.Title(role)}s: {need} needed ({seats} tables + {need - seats} reserve); {why}; short by {need - have}.", need, have);
    }
}
