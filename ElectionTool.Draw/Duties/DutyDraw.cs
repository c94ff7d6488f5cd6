namespace ElectionTool.Draw.Duties;

/// <summary>
/// The duty draws (docs/draw-algorithm.md, "Duty draws"). Step 1: the eligible people of the duty's band, in id
/// order, are shuffled by the seeded generator; officers' posts are taken in a shuffled order and each gets the first
/// person of the shuffle who may serve in its unit (so each officer gets a post at random); then the next people are
/// the reserve. Micro-observers are only selected in step 1; step 2 allots the critical stations to them.
/// In a couple only the first spouse drawn is taken. A shortfall stops the draw and names the rule.
/// </summary>
public static class DutyDraw
{
    public static DutyResult Select(DutyInput input, string seed)
    {
        var (inputHash, _) = DutyHashes.Input(input, 1, null);
        var unitCodes = input.Posts.Select(p => p.UnitCode).Distinct(StringComparer.Ordinal).ToList();
        var eligible = input.Pool
            .Where(p => Eligibility.Exclusion(p.Employee, input.Settings, unitCodes) is null && DutyBands.InBand(p, input.Kind, input.Rules))
            .Select(p => p.Employee).OrderBy(e => e.Id).ToList();
        var need = input.Posts.Count + input.ReserveCount;
        var findings = new List<DrawFinding>();
        if (eligible.Count < need)
        {
            findings.Add(new DrawFinding("band", $"{DutyBands.Title(input.Kind)}: {need} needed ({input.Posts.Count} posts + {input.ReserveCount} reserve), " +
                $"only {eligible.Count} eligible ({DutyBands.Describe(input.Kind, input.Rules)}); short by {need - eligible.Count}.", need, eligible.Count));
            return Finish(input, 1, seed, inputHash, findings, []);
        }

        using var random = DutyAlgorithm.Random(input.ElectionId, input.Kind, 1, seed, inputHash);
        var draw = new DrawnQueue(random.ShuffledPrefix(eligible).GetEnumerator(), new DraftedPeople());
        var assignments = new List<DutyAssignment>();
        if (input.Kind != DutyKind.MicroObserver)
        {
            var posts = input.Posts.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
            random.Shuffle(posts);
            foreach (var post in posts)
            {
                var person = draw.Take(e => Eligibility.MayServeIn(e, post.UnitCode));
                if (person is null)
                {
                    findings.Add(new DrawFinding("not at home", $"{DutyBands.Title(input.Kind)} for {post.Code}: nobody left in the band may serve in unit {post.UnitCode} " +
                        "(everyone left votes, lives, belongs or works there, or is the spouse of someone drawn).", 1, 0));
                    return Finish(input, 1, seed, inputHash, findings, []);
                }
                assignments.Add(new DutyAssignment(person.Id, post.Code, post.UnitCode, false, assignments.Count + 1));
            }
        }

        var reserve = input.Kind == DutyKind.MicroObserver ? need : input.ReserveCount;
        for (var i = 0; i < reserve; i++)
        {
            var person = draw.Take(_ => true);
            if (person is null)
            {
                var had = input.Kind == DutyKind.MicroObserver ? i : input.Posts.Count + i;
                findings.Add(new DrawFinding("couples", $"{DutyBands.Title(input.Kind)}: after taking one spouse of each couple only {had} of {need} could be drawn; short by {need - had}.", need, had));
                return Finish(input, 1, seed, inputHash, findings, []);
            }
            var isReserve = input.Kind != DutyKind.MicroObserver;
            assignments.Add(new DutyAssignment(person.Id, null, null, isReserve, assignments.Count + 1));
        }
        return Finish(input, 1, seed, inputHash, findings, assignments);
    }

    /// <summary>
    /// Micro-observers, step 2: critical stations in shuffled order, each to the first selected person (selection order) who
    /// may serve there; when nobody is left, an earlier station's holder moves along an augmenting path (Kuhn's matching).
    /// </summary>
    public static DutyResult Allot(DutyInput input, DutyResult selection, string seed)
    {
        var (inputHash, _) = DutyHashes.Input(input, 2, selection.OutputHash);
        var people = input.Pool.ToDictionary(p => p.Employee.Id, p => p.Employee);
        var selected = selection.Assignments.OrderBy(a => a.Order).Select(a => people[a.EmployeeId]).ToList();
        using var random = DutyAlgorithm.Random(input.ElectionId, input.Kind, 2, seed, inputHash);
        var posts = input.Posts.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        random.Shuffle(posts);
        var holder = StationMatching.Match(posts, selected);
        var findings = new List<DrawFinding>();
        var assignments = new List<DutyAssignment>();
        for (var p = 0; p < posts.Count; p++)
        {
            if (holder[p] < 0)
            {
                findings.Add(new DrawFinding("not at home", $"Micro-observer for station {posts[p].Code}: no selected micro-observer left may serve in unit {posts[p].UnitCode}.", 1, 0));
                return Finish(input, 2, seed, inputHash, findings, []);
            }
            assignments.Add(new DutyAssignment(selected[holder[p]].Id, posts[p].Code, posts[p].UnitCode, false, assignments.Count + 1));
        }
        var used = holder.ToHashSet();
        for (var i = 0; i < selected.Count; i++)
        {
            if (!used.Contains(i))
            {
                assignments.Add(new DutyAssignment(selected[i].Id, null, null, true, assignments.Count + 1));
            }
        }
        return Finish(input, 2, seed, inputHash, findings, assignments);
    }

    private static DutyResult Finish(DutyInput input, int step, string seed, string inputHash, List<DrawFinding> findings, List<DutyAssignment> assignments)
    {
        var result = new DutyResult
        {
            ElectionId = input.ElectionId,
            Kind = input.Kind,
            Step = step,
            AlgorithmVersion = DutyAlgorithm.Version,
            Seed = seed,
            InputHash = inputHash,
            OutputHash = "",
            Report = DrawReport.From(findings),
            Assignments = assignments,
        };
        return result with { OutputHash = DutyHashes.Output(result).Hash };
    }
}
