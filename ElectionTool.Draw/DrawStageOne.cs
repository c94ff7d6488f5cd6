namespace ElectionTool.Draw;

/// <summary>Stage 1, selection and roles: who is drafted, and as what.</summary>
public static class DrawStageOne
{
    /// <summary>Whole redraws (continuing the same random stream) when a draw cannot seat every unit.</summary>
    public const int MaxAttempts = 32;

    /// <summary>Runs stage 1 under <paramref name="version"/> (default: the current algorithm).</summary>
    public static StageOneResult Run(DrawInput input, string seed, string? version = null)
    {
        version = DrawAlgorithm.Resolve(version);
        var given = input;

        // The pool in id order, once: the input text and the eligible pool both read it so.
        input = input with { Pool = CanonicalOrder.ById(input.Pool) };
        // ET-DRAW-2's couple Ids of the whole pool: written into the input text and ordering the couples' draws.
        var coupleIds = DrawAlgorithm.IsV1(version) ? null : DrawHashes.CoupleIds(input.Pool);
        var inputHash = DrawHashes.Input(input, 1, null, input.Pool, false, version, coupleIds).Hash;
        var plan = DrawPlan.For(input);
        var findings = new List<DrawFinding>(plan.Findings);
        if (HasRepeatedId(input.Pool))
        {
            var duplicates = given.Pool.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            findings.Add(new(DrawRules.Input, $"Employee ids appear twice: {string.Join(", ", duplicates.Take(10))}.", 0, duplicates.Count));
        }

        if (findings.Any(f => f.Blocking))
        {
            return Result(input, seed, inputHash, version, findings, []);
        }

        using var rng = DrawRandom.ForStage(input.ElectionId, 1, seed, inputHash, version);
        var eligible = EligiblePool(input, plan, rng, findings, version, coupleIds);
        var pool = new SelectionPool(input.Settings, plan, eligible);
        if (!new RoleSelection(input.Settings, plan, pool, rng, findings, version).CheckFeasible())
        {
            return Result(input, seed, inputHash, version, findings, []);
        }

        var byId = new Dictionary<long, DrawEmployee>(eligible.Count);
        foreach (var e in eligible)
        {
            byId.Add(e.Id, e);
        }

        List<DrawFinding> shortfall = [];
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var assignments = new RoleSelection(input.Settings, plan, pool, rng, findings, version).Draw();
            if (assignments is null)
            {
                break;
            }

            var corrections = SeniorityCorrection.Apply(assignments, byId, input.Settings, plan, version);
            shortfall = Unseatable(input, plan, assignments, byId, (seed, inputHash, version));
            DrawTrace.Note($"attempt {attempt}: {(shortfall.Count == 0 ? "accepted" : "rejected, " + shortfall[0].Message)}");
            if (shortfall.Count > 0)
            {
                continue;
            }

            if (corrections > 0)
            {
                findings.Add(new(DrawRules.Hierarchy, $"{corrections} senior members were made Presiding Officer in place of lower-paid ones, so every party can keep the hierarchy.", 0, corrections, Blocking: false));
            }

            if (attempt > 1)
            {
                findings.Add(new(DrawRules.Redraw, $"Drawn {attempt} times: the earlier draws left some unit without enough people who may serve there.", 1, attempt, Blocking: false));
            }

            return Result(input, seed, inputHash, version, findings, assignments);
        }
        if (shortfall.Count > 0)
        {
            findings.AddRange(shortfall);
            findings.Add(new(DrawRules.Redraw, DrawAlgorithm.HasWitness(version)
                ? $"No draw in {MaxAttempts} attempts could be seated in parties keeping every rule; the rule named above binds. Nothing was accepted: ease that rule (more eligible staff, a smaller reserve, fewer offices at their cap) and draw again."
                : $"No draw in {MaxAttempts} attempts could seat every unit.", 1, 0));
        }
        return Result(input, seed, inputHash, version, findings, []);
    }

    /// <summary>
    /// Why stage 2 could not seat this draw, or nothing. ET-DRAW-1 asked only the unit check; ET-DRAW-2 accepted a
    /// draw when every pre-check of stage 2 passes on it; from ET-DRAW-3 stage 1 must also seat it (the witness), so
    /// stage 2 can never stop on it.
    /// </summary>
    private static List<DrawFinding> Unseatable(DrawInput input, DrawPlan plan, List<StageOneAssignment> assignments,
        Dictionary<long, DrawEmployee> byId, (string Seed, string InputHash, string Version) run)
    {
        var (settings, version) = (input.Settings, run.Version);
        var drafted = new List<(DrawEmployee, Role)>(assignments.Count);
        foreach (var a in assignments)
        {
            drafted.Add((byId[a.EmployeeId], a.Role));
        }

        if (DrawAlgorithm.IsV1(version))
        {
            return UnitCapacity.Shortfall(plan, drafted, version) is { } shortfall ? [shortfall] : [];
        }

        var found = new List<DrawFinding>();
        // In id order (each drafted once, so any sort gives this order), sorted on the ids as plain numbers.
        var ids = new long[drafted.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = drafted[i].Item1.Id;
        }

        ids.AsSpan().Sort(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(drafted));
        var people = new StageTwoPeople(settings, plan, drafted);
        var board = new PartyBoard(plan, people, settings.WomenRule == WomenRule.NoneOrAtLeastTwo);
        StageTwoFeasibility.Check(settings, plan, people, board, found, version);
        found = found.Where(f => f.Blocking).ToList();
        if (found.Count == 0 && DrawAlgorithm.HasWitness(version) &&
            !StageTwoWitness.Find(board, settings, input.ElectionId, run.Seed, run.InputHash, version))
        {
            found.AddRange(DrawStageTwo.Failure(input, plan, board).Where(f => f.Message != DrawStageTwo.NoArrangement));
            found.Add(new(DrawRules.Parties, $"Stage 2 could not seat this draw: no arrangement keeping every rule was found in {StageTwoWitness.Attempts} attempts.", 0, 0));
        }

        return found;
    }

    private static bool HasRepeatedId(IReadOnlyList<DrawEmployee> sorted)
    {
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Id == sorted[i - 1].Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Eligible people in id order; of each couple the RNG keeps one.</summary>
    internal static List<DrawEmployee> EligiblePool(DrawInput input, DrawPlan plan, DrawRandom rng, List<DrawFinding> findings, string version,
        Dictionary<string, long>? coupleIds = null)
    {
        var unitCodes = plan.Units.Select(u => u.UnitCode).ToList();
        var excluded = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var cutoff = Eligibility.RetirementCutoff(input.Settings);
        var eligible = new List<DrawEmployee>(input.Pool.Count);
        // The eligible who share a spouse key, by key in order of first appearance (each list in id order).
        var byKey = new Dictionary<string, List<DrawEmployee>>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var e in CanonicalOrder.ById(input.Pool))
        {
            var reason = Eligibility.Exclusion(e, unitCodes, cutoff);
            if (reason is not null)
            {
                excluded[reason] = excluded.GetValueOrDefault(reason) + 1;
                continue;
            }

            eligible.Add(e);
            if (Eligibility.HasSpouse(e))
            {
                if (!byKey.TryGetValue(e.SpouseKey!, out var holders))
                {
                    byKey[e.SpouseKey!] = holders = new List<DrawEmployee>(2);
                    keys.Add(e.SpouseKey!);
                }

                holders.Add(e);
            }
        }
        foreach (var (reason, count) in excluded)
        {
            findings.Add(new(DrawRules.Eligibility, $"{count} excluded: {reason}.", 0, count, Blocking: false));
        }

        // ET-DRAW-1 took couples in the order of their key text; ET-DRAW-2 by their pseudonymous couple id
        // (the smallest Id in the pool sharing the key), the only key its input text shows.
        coupleIds ??= DrawAlgorithm.IsV1(version) ? null : DrawHashes.CoupleIds(input.Pool);
        var shared = keys.Where(k => byKey[k].Count > 1);
        var couples = coupleIds is null
            ? shared.OrderBy(k => k, StringComparer.Ordinal).ToList()
            : shared.OrderBy(k => coupleIds[k]).ToList();
        if (couples.Count == 0)
        {
            return eligible;
        }

        var dropped = new HashSet<long>();
        foreach (var key in couples)
        {
            var members = byKey[key].OrderBy(e => e.Id).ToList();
            var kept = rng.NextInt(members.Count);
            DrawTrace.Note($"couple of {DrawTrace.Ids(members.Select(m => m.Id))}: keep {members[kept].Id}");

            for (var i = 0; i < members.Count; i++)
            {
                if (i != kept)
                {
                    dropped.Add(members[i].Id);
                }
            }
        }
        findings.Add(new(DrawRules.Couples, $"{dropped.Count} excluded: spouse of a person kept in the pool ({couples.Count} couples).", 0, dropped.Count, Blocking: false));
        var remaining = new List<DrawEmployee>(eligible.Count - dropped.Count);
        foreach (var e in eligible)
        {
            if (!dropped.Contains(e.Id))
            {
                remaining.Add(e);
            }
        }

        return remaining;
    }

    /// <summary>
    /// By role, then id. Roles and ids that fit one 64-bit key (role above bit 56, id below) are sorted as plain
    /// numbers; anything else by comparison. Each person is drafted once, so either way the order is the same.
    /// </summary>
    private static List<StageOneAssignment> ByRoleThenId(List<StageOneAssignment> assignments)
    {
        var keys = new long[assignments.Count];
        var items = assignments.ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            var (id, role) = (items[i].EmployeeId, (int)items[i].Role);
            if (id is < 0 or >= 1L << 56 || (uint)role >= 64)
            {
                var sorted = new List<StageOneAssignment>(assignments);
                sorted.Sort(static (a, b) =>
                {
                    var c = ((int)a.Role).CompareTo((int)b.Role);
                    return c != 0 ? c : a.EmployeeId.CompareTo(b.EmployeeId);
                });
                return sorted;
            }

            keys[i] = ((long)role << 56) | id;
        }

        Array.Sort(keys, items);
        return [.. items];
    }

    private static StageOneResult Result(DrawInput input, string seed, string inputHash, string version, List<DrawFinding> findings, List<StageOneAssignment> assignments)
    {
        var report = DrawReport.From(findings);
        // By role, then id (each person drafted once, so the order is total and any sort gives it).
        var ordered = report.Feasible ? ByRoleThenId(assignments) : [];
        var result = new StageOneResult
        {
            ElectionId = input.ElectionId,
            AlgorithmVersion = version,
            Seed = seed,
            InputHash = inputHash,
            OutputHash = "",
            Report = report,
            Assignments = ordered,
        };
        return result with { OutputHash = DrawHashes.Output(result) };
    }
}
