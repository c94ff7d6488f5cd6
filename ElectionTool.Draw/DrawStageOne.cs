namespace ElectionTool.Draw;

/// <summary>Stage 1, selection and roles: who is drafted, and as what.</summary>
public static class DrawStageOne
{
    /// <summary>Whole redraws (continuing the same random stream) when a draw cannot seat every unit.</summary>
    public const int MaxAttempts = 32;

    public static StageOneResult Run(DrawInput input, string seed)
    {
        var inputHash = DrawHashes.StageOneInput(input);
        var plan = DrawPlan.For(input);
        var findings = new List<DrawFinding>(plan.Findings);
        var duplicates = input.Pool.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            findings.Add(new("Input", $"Employee ids appear twice: {string.Join(", ", duplicates.Take(10))}.", 0, duplicates.Count));
        }

        if (findings.Any(f => f.Blocking))
        {
            return Result(input, seed, inputHash, findings, []);
        }

        using var rng = DrawRandom.ForStage(input.ElectionId, 1, seed, inputHash);
        var eligible = EligiblePool(input, plan, rng, findings);
        if (!new RoleSelection(input.Settings, plan, eligible, rng, findings).CheckFeasible())
        {
            return Result(input, seed, inputHash, findings, []);
        }

        var byId = eligible.ToDictionary(e => e.Id);
        DrawFinding? shortfall = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var assignments = new RoleSelection(input.Settings, plan, eligible, rng, findings).Draw();
            if (assignments is null)
            {
                break;
            }

            var corrections = SeniorityCorrection.Apply(assignments, eligible, input.Settings, plan);
            shortfall = UnitCapacity.Shortfall(plan, assignments.Select(a => (byId[a.EmployeeId], a.Role)).ToList());
            if (shortfall is not null)
            {
                continue;
            }

            if (corrections > 0)
            {
                findings.Add(new("Hierarchy", $"{corrections} senior members were made Presiding Officer in place of lower-paid ones, so every party can keep the hierarchy.", 0, corrections, Blocking: false));
            }

            if (attempt > 1)
            {
                findings.Add(new("Redraw", $"Drawn {attempt} times: the earlier draws left some unit without enough people who may serve there.", 1, attempt, Blocking: false));
            }

            return Result(input, seed, inputHash, findings, assignments);
        }
        if (shortfall is not null)
        {
            findings.Add(shortfall);
            findings.Add(new("Redraw", $"No draw in {MaxAttempts} attempts could seat every unit.", 1, 0));
        }
        return Result(input, seed, inputHash, findings, []);
    }

    /// <summary>Eligible people in id order; of each couple the RNG keeps one.</summary>
    internal static List<DrawEmployee> EligiblePool(DrawInput input, DrawPlan plan, DrawRandom rng, List<DrawFinding> findings)
    {
        var unitCodes = plan.Units.Select(u => u.UnitCode).ToList();
        var excluded = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var eligible = new List<DrawEmployee>(input.Pool.Count);
        foreach (var e in input.Pool.OrderBy(e => e.Id))
        {
            var reason = Eligibility.Exclusion(e, input.Settings, unitCodes);
            if (reason is null)
            {
                eligible.Add(e);
            }
            else
            {
                excluded[reason] = excluded.GetValueOrDefault(reason) + 1;
            }
        }
        foreach (var (reason, count) in excluded)
        {
            findings.Add(new("Eligibility", $"{count} excluded: {reason}.", 0, count, Blocking: false));
        }

        var couples = eligible.Where(Eligibility.HasSpouse)
            .GroupBy(e => e.SpouseKey!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (couples.Count == 0)
        {
            return eligible;
        }

        var dropped = new HashSet<long>();
        foreach (var couple in couples)
        {
            var members = couple.OrderBy(e => e.Id).ToList();
            var kept = rng.NextInt(members.Count);
            for (var i = 0; i < members.Count; i++)
            {
                if (i != kept)
                {
                    dropped.Add(members[i].Id);
                }
            }
        }
        findings.Add(new("Couples", $"{dropped.Count} excluded: spouse of a person kept in the pool ({couples.Count} couples).", 0, dropped.Count, Blocking: false));
        return eligible.Where(e => !dropped.Contains(e.Id)).ToList();
    }

    private static StageOneResult Result(DrawInput input, string seed, string inputHash, List<DrawFinding> findings, List<StageOneAssignment> assignments)
    {
        var report = DrawReport.From(findings);
        var ordered = report.Feasible
            ? assignments.OrderBy(a => a.Role).ThenBy(a => a.EmployeeId).ToList()
            : [];
        var result = new StageOneResult
        {
            ElectionId = input.ElectionId,
            AlgorithmVersion = DrawAlgorithm.Version,
            Seed = seed,
            InputHash = inputHash,
            OutputHash = "",
            Report = report,
            Assignments = ordered,
        };
        return result with { OutputHash = DrawHashes.Output(result) };
    }
}
