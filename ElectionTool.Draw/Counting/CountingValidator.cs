using ElectionTool.Draw.Duties;

namespace ElectionTool.Draw.Counting;

/// <summary>Checks a stored counting result against every rule, independent of how it was produced (used by verify and the tests).</summary>
public static class CountingValidator
{
    /// <param name="previous">The step it built on: everyone keeps their role (and from step 3 their hall).</param>
    /// <param name="otherDuties">People holding a duty that bars counting; nobody may appear in both.</param>
    public static List<DrawFinding> Validate(CountingInput input, CountingResult result, CountingResult? previous = null, IReadOnlySet<long>? otherDuties = null)
    {
        var findings = new List<DrawFinding>();
        void Broken(string rule, string message) => findings.Add(new DrawFinding(rule, message, 0, 0));
        if (!result.Report.Feasible)
        {
            return findings;
        }

        var pool = input.Pool.ToDictionary(p => p.Employee.Id);
        var halls = input.Halls.ToDictionary(h => h.Code, StringComparer.Ordinal);
        var units = input.Halls.Select(h => h.UnitCode).Distinct(StringComparer.Ordinal).ToList();
        var before = previous?.Assignments.ToDictionary(a => a.EmployeeId);
        var spouses = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<long>();
        var staff = new List<(CountingAssignment A, DrawEmployee E)>();
        foreach (var a in result.Assignments)
        {
            if (!pool.TryGetValue(a.EmployeeId, out var p))
            {
                Broken("pool", $"Employee {a.EmployeeId} is not in the pool.");
                continue;
            }
            var e = p.Employee;
            staff.Add((a, e));
            if (!seen.Add(e.Id))
            {
                Broken("one duty", $"Employee {e.Id} is drafted twice for counting.");
            }
            if (otherDuties?.Contains(e.Id) == true)
            {
                Broken("one duty", $"Employee {e.Id} already holds a duty that bars counting.");
            }
            if (Eligibility.Exclusion(e, input.Settings, units) is { } why)
            {
                Broken("eligibility", $"Employee {e.Id}: {why}.");
            }
            if (!CountingRoles.IsCounting(a.Role) || !DutyBands.InBand(p, a.Role, input.Rules.Bands))
            {
                Broken("band", $"Employee {e.Id} is outside the band of {a.Role}: {DutyBands.Describe(a.Role, input.Rules.Bands)}.");
            }
            if (Eligibility.HasSpouse(e) && !spouses.Add(e.SpouseKey!))
            {
                Broken("couples", $"Employee {e.Id}: their spouse is drafted for counting too.");
            }
            if (before is not null && (!before.TryGetValue(e.Id, out var was) || was.Role != a.Role || (result.Step == 3 && was.HallCode != a.HallCode)))
            {
                Broken("previous", $"Employee {e.Id} does not keep the role{(result.Step == 3 ? " and hall" : "")} step {result.Step - 1} gave them.");
            }
            CheckPlace(result.Step, a, e, halls, Broken);
        }

        CheckHierarchy(staff, Broken);
        CheckCounts(input, result.Step, staff.Select(s => s.A).ToList(), Broken);
        if (result.Step == 3)
        {
            CheckTables(staff, halls, Broken);
        }
        return findings;
    }

    private static void CheckPlace(int step, CountingAssignment a, DrawEmployee e, Dictionary<string, CountingHall> halls, Action<string, string> broken)
    {
        if (step == 1)
        {
            if (a.HallCode is not null || a.Table is not null || a.IsReserve)
            {
                broken("halls", $"Employee {e.Id} has a hall, table or reserve mark before step 2.");
            }
            return;
        }
        if (a.HallCode is null || !halls.TryGetValue(a.HallCode, out var hall) || hall.UnitCode != a.UnitCode)
        {
            broken("halls", $"Employee {e.Id} is in hall {a.HallCode}, which is not a hall of this draw in unit {a.UnitCode}.");
            return;
        }
        if (!Eligibility.MayServeIn(e, hall.UnitCode))
        {
            broken("not at home", $"Employee {e.Id} counts in unit {hall.UnitCode}, where they vote, live, belong or work.");
        }
        var placed = step == 3 ? (a.IsReserve ? a.Table is null : a.Table is { } t && t >= 1 && t <= hall.Seats) : a.Table is null && !a.IsReserve;
        if (!placed)
        {
            broken("tables", $"Employee {e.Id} has table {a.Table?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} (reserve: {a.IsReserve}) in hall {hall.Code} at step {step}.");
        }
    }

    /// <summary>Step 1 draws assistants paid no more than every supervisor; that keeps every table's hierarchy, so it is checked for the whole draw.</summary>
    private static void CheckHierarchy(List<(CountingAssignment A, DrawEmployee E)> staff, Action<string, string> broken)
    {
        var lowest = staff.Where(s => s.A.Role == DutyKind.CountingSupervisor).Select(s => s.E).MinBy(e => (e.PayLevel, e.BasicPay));
        var highest = staff.Where(s => s.A.Role == DutyKind.CountingAssistant).Select(s => s.E).MaxBy(e => (e.PayLevel, e.BasicPay));
        if (lowest is not null && highest is not null && Eligibility.ComparePay(highest, lowest) > 0)
        {
            broken("hierarchy", $"Assistant {highest.Id} (level {highest.PayLevel}, basic {highest.BasicPay}) is paid more than supervisor {lowest.Id} (level {lowest.PayLevel}, basic {lowest.BasicPay}).");
        }
    }

    private static void CheckCounts(CountingInput input, int step, List<CountingAssignment> all, Action<string, string> broken)
    {
        foreach (var role in CountingRoles.All)
        {
            var need = CountingNeeds.PerRole(input);
            var have = all.Count(a => a.Role == role);
            if (have != need)
            {
                broken("need", $"{DutyBands.Title(role)}s: {have} drafted, {need} needed.");
            }
            foreach (var hall in input.Halls.Where(_ => step > 1))
            {
                var inHall = all.Where(a => a.Role == role && a.HallCode == hall.Code).ToList();
                if (inHall.Count != CountingNeeds.PerRole(hall, input.Rules))
                {
                    broken("need", $"Hall {hall.Code}: {inHall.Count} {DutyBands.Title(role).ToLowerInvariant()}s, {CountingNeeds.PerRole(hall, input.Rules)} needed.");
                }
                if (step == 3 && inHall.Count(a => a.IsReserve) != CountingNeeds.Reserve(hall, input.Rules))
                {
                    broken("reserve", $"Hall {hall.Code}: {inHall.Count(a => a.IsReserve)} reserve {DutyBands.Title(role).ToLowerInvariant()}s, {CountingNeeds.Reserve(hall, input.Rules)} expected.");
                }
            }
        }
    }

    private static void CheckTables(List<(CountingAssignment A, DrawEmployee E)> staff, Dictionary<string, CountingHall> halls, Action<string, string> broken)
    {
        var seated = staff.Where(s => !s.A.IsReserve && s.A.Table is not null && s.A.HallCode is not null).ToLookup(s => (s.A.HallCode!, s.A.Table!.Value));
        foreach (var hall in halls.Values)
        {
            for (var t = 1; t <= hall.Seats; t++)
            {
                var table = seated[(hall.Code, t)].ToList();
                var label = $"Hall {hall.Code} table {CountingRoles.TableLabel(hall, t)}";
                foreach (var role in CountingRoles.All.Where(r => table.Count(s => s.A.Role == r) != 1))
                {
                    broken("tables", $"{label} has {table.Count(s => s.A.Role == role)} {DutyBands.Title(role).ToLowerInvariant()}s instead of 1.");
                }
                for (var i = 0; i < table.Count; i++)
                {
                    var others = table.Skip(i + 1).Select(s => (s.A.Role, s.E));
                    if (CountingTables.Breach(table[i].E, table[i].A.Role, others) is { } rule)
                    {
                        broken(rule, $"{label}: employee {table[i].E.Id} breaks \"{rule}\".");
                    }
                }
            }
        }
    }
}
