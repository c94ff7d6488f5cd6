namespace ElectionTool.Draw.Duties;

/// <summary>Checks a stored duty result against every rule, independent of how it was produced (used by verify and the tests).</summary>
public static class DutyValidator
{
    /// <summary><paramref name="otherDuties"/>: people any other stage holds; nobody may appear in both.</summary>
    public static List<DrawFinding> Validate(DutyInput input, DutyResult result, IReadOnlySet<long>? otherDuties = null)
    {
        var findings = new List<DrawFinding>();
        void Broken(string rule, string message) => findings.Add(new DrawFinding(rule, message, 0, 0));

        var pool = input.Pool.ToDictionary(p => p.Employee.Id);
        var unitCodes = input.Posts.Select(p => p.UnitCode).Distinct(StringComparer.Ordinal).ToList();
        var posts = input.Posts.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var spouses = new HashSet<string>(StringComparer.Ordinal);
        var people = new HashSet<long>();
        foreach (var a in result.Assignments)
        {
            if (!pool.TryGetValue(a.EmployeeId, out var p))
            {
                Broken("pool", $"Employee {a.EmployeeId} is not in the pool.");
                continue;
            }
            var e = p.Employee;
            if (!people.Add(e.Id))
            {
                Broken("one duty", $"Employee {e.Id} is drafted twice.");
            }
            if (otherDuties?.Contains(e.Id) == true)
            {
                Broken("one duty", $"Employee {e.Id} already holds another duty.");
            }
            if (Eligibility.Exclusion(e, input.Settings, unitCodes) is { } why)
            {
                Broken("eligibility", $"Employee {e.Id}: {why}.");
            }
            if (!DutyBands.InBand(p, input.Kind, input.Rules))
            {
                Broken("band", $"Employee {e.Id} is outside the band: {DutyBands.Describe(input.Kind, input.Rules)}.");
            }
            if (Eligibility.HasSpouse(e) && !spouses.Add(e.SpouseKey!))
            {
                Broken("couples", $"Employee {e.Id}: their spouse is drafted too.");
            }
            if (a.PostCode is not null && (!posts.TryGetValue(a.PostCode, out var post) || post.UnitCode != a.UnitCode))
            {
                Broken("posts", $"Employee {e.Id} holds {a.PostCode}, which is not a post of this draw.");
            }
            else if (a.UnitCode is not null && !Eligibility.MayServeIn(e, a.UnitCode))
            {
                Broken("not at home", $"Employee {e.Id} is posted in unit {a.UnitCode}, where they vote, live, belong or work.");
            }
        }

        var allotted = input.Kind != DutyKind.MicroObserver || result.Step == 2;
        if (allotted)
        {
            foreach (var post in input.Posts.Where(p => result.Assignments.Count(a => a.PostCode == p.Code) != 1))
            {
                Broken("posts", $"{post.Code} has {result.Assignments.Count(a => a.PostCode == post.Code)} officers instead of 1.");
            }
        }
        var expected = input.Posts.Count + input.ReserveCount;
        if (result.Report.Feasible && result.Assignments.Count != expected)
        {
            Broken("reserve", $"{result.Assignments.Count} people drafted; {expected} expected ({input.Posts.Count} posts + {input.ReserveCount} reserve).");
        }
        return findings;
    }
}
