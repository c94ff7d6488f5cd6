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

        // The pool in id order, once: the input text and the eligible pool both read it so. Usually it is given so,
        // with no id twice, which one walk shows; otherwise it is sorted and searched for repeats. From ET-DRAW-2 that
        // walk is the one that finds the couple Ids of the whole pool (written into the input text and ordering the
        // couples' draws); they do not depend on the order the people are listed in.
        bool ascending;
        Dictionary<string, long>? coupleIds = null;
        if (DrawAlgorithm.IsV1(version))
        {
            ascending = IsStrictlyAscending(input.Pool);
        }
        else
        {
            coupleIds = DrawHashes.CoupleIds(input.Pool, out ascending);
        }

        input = input with { Pool = ascending ? input.Pool : CanonicalOrder.ById(input.Pool) };
        var inputHash = DrawHashes.Input(input, 1, null, input.Pool, false, version, coupleIds).Hash;
        var plan = DrawPlan.For(input);
        var findings = new List<DrawFinding>(plan.Findings);
        if (!ascending && HasRepeatedId(input.Pool))
        {
            var duplicates = given.Pool.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            findings.Add(new(DrawRules.Input, $"Employee ids appear twice: {string.Join(", ", duplicates.Take(10))}.", 0, duplicates.Count));
        }

        if (findings.Any(f => f.Blocking))
        {
            return Result(input, seed, inputHash, version, findings, []);
        }

        using var rng = DrawRandom.ForStage(input.ElectionId, 1, seed, inputHash, version);
        using var pool = Pool(input.Pool, input, plan, rng, findings, version, coupleIds);
        if (!new RoleSelection(input.Settings, plan, pool, rng, findings, version).CheckFeasible())
        {
            return Result(input, seed, inputHash, version, findings, []);
        }

        List<DrawFinding> shortfall = [];
        var places = new List<int>();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var assignments = new RoleSelection(input.Settings, plan, pool, rng, findings, version).Draw(places);
            if (assignments is null)
            {
                break;
            }

            var corrections = SeniorityCorrection.Apply(assignments, pool, places, plan, version);
            using var byIdScratch = InIdOrder(pool, places);
            var byId = byIdScratch.Span;
            shortfall = Unseatable(input, plan, pool, assignments, places, byId, (seed, inputHash, version));
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

            return Result(input, seed, inputHash, version, findings, ByRoleThenId(assignments, byId));
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
    private static List<DrawFinding> Unseatable(DrawInput input, DrawPlan plan, SelectionPool pool, List<StageOneAssignment> assignments,
        List<int> places, ReadOnlySpan<int> byId, (string Seed, string InputHash, string Version) run)
    {
        var (settings, version) = (input.Settings, run.Version);
        if (DrawAlgorithm.IsV1(version))
        {
            // In the order drawn: the check counts its groups in order of first appearance.
            var drawn = new List<(DrawEmployee, Role)>(assignments.Count);
            for (var k = 0; k < assignments.Count; k++)
            {
                drawn.Add((pool.People[places[k]], assignments[k].Role));
            }

            return UnitCapacity.Shortfall(plan, drawn, version) is { } shortfall ? [shortfall] : [];
        }

        var found = new List<DrawFinding>();
        using var people = DraftedPeople(settings, pool, assignments, places, byId);
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

    /// <summary>The drafted in id order as stage 2 reads them, from the facts the pool keeps (no record read again).</summary>
    private static StageTwoPeople DraftedPeople(DrawSettings settings, SelectionPool pool, List<StageOneAssignment> assignments,
        List<int> places, ReadOnlySpan<int> byId)
    {
        // Rented: a large object every attempt otherwise.
        using var rented = new RentedSpan<(int, Role)>(byId.Length);
        var drafted = rented.Span;
        for (var i = 0; i < byId.Length; i++)
        {
            var k = byId[i];
            drafted[i] = (places[k], assignments[k].Role);
        }

        return StageTwoPeople.FromPool(settings, pool, drafted);
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

    private static bool IsStrictlyAscending(IReadOnlyList<DrawEmployee> people)
    {
        for (var i = 1; i < people.Count; i++)
        {
            if (people[i - 1].Id >= people[i].Id)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The drafted (positions in the draw's lists) in id order, sorted without comparing: the pool is in id order,
    /// so each drafted person's place in it is marked and the marks are read back in order. The order is rented (the
    /// caller gives it back), as it is a large object each attempt.
    /// </summary>
    private static RentedSpan<int> InIdOrder(SelectionPool pool, List<int> places)
    {
        // The marks are scratch of the pool's size, once per attempt: rented, so each attempt does not leave another
        // large array for a full collection to clear.
        using var marks = new RentedSpan<int>(pool.Count);
        var drafted = marks.Span;
        drafted.Clear();
        for (var k = 0; k < places.Count; k++)
        {
            drafted[places[k]] = k + 1;
        }

        var rented = new RentedSpan<int>(places.Count);
        var order = rented.Span;
        var next = 0;
        foreach (var mark in drafted)
        {
            if (mark != 0)
            {
                order[next++] = mark - 1;
            }
        }

        return rented;
    }

    /// <summary>
    /// By role, then id: the drafted already in id order (<paramref name="byId"/>) placed role by role (a counting sort),
    /// in the list itself (the draw's list is not read again, and a second list of its size would be another large object).
    /// </summary>
    private static List<StageOneAssignment> ByRoleThenId(List<StageOneAssignment> assignments, ReadOnlySpan<int> byId)
    {
        var next = new int[PartyRoles.Count + 1];
        foreach (var a in assignments)
        {
            next[(int)a.Role + 1]++;
        }

        for (var r = 1; r < next.Length; r++)
        {
            next[r] += next[r - 1];
        }

        var into = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(assignments);
        using var rented = new RentedSpan<StageOneAssignment>(into.Length);
        var drawn = rented.Span;
        into.CopyTo(drawn);
        foreach (var k in byId)
        {
            into[next[(int)drawn[k].Role]++] = drawn[k];
        }

        return assignments;
    }

    /// <summary>Eligible people in id order; of each couple the RNG keeps one.</summary>
    internal static List<DrawEmployee> EligiblePool(DrawInput input, DrawPlan plan, DrawRandom rng, List<DrawFinding> findings, string version,
        Dictionary<string, long>? coupleIds = null)
    {
        var (eligible, count) = Eligible(CanonicalOrder.ById(input.Pool), input, plan, rng, findings, version, coupleIds);
        List<DrawEmployee> list = [.. eligible.AsSpan(0, count)];
        System.Buffers.ArrayPool<DrawEmployee>.Shared.Return(eligible, clearArray: true);
        return list;
    }

    /// <summary>The selection pool of the eligible, from the pool already in id order.</summary>
    private static SelectionPool Pool(IReadOnlyList<DrawEmployee> byId, DrawInput input, DrawPlan plan, DrawRandom rng,
        List<DrawFinding> findings, string version, Dictionary<string, long>? coupleIds)
    {
        // The eligible are gathered into a rented array (a large object otherwise, every draw) and copied by the pool.
        var (eligible, count) = Eligible(byId, input, plan, rng, findings, version, coupleIds);
        try
        {
            return new SelectionPool(input.Settings, plan, eligible.AsSpan(0, count));
        }
        finally
        {
            System.Buffers.ArrayPool<DrawEmployee>.Shared.Return(eligible, clearArray: true);
        }
    }

    /// <summary>The eligible from the pool already in id order: the first Count of a rented array.</summary>
    private static (DrawEmployee[] Rented, int Count) Eligible(IReadOnlyList<DrawEmployee> byId, DrawInput input, DrawPlan plan, DrawRandom rng,
        List<DrawFinding> findings, string version, Dictionary<string, long>? coupleIds)
    {
        var unitCodes = plan.Units.Select(u => u.UnitCode).ToList();
        // The reasons are few; they are reported in ordinal order.
        var excluded = new Dictionary<string, int>(StringComparer.Ordinal);
        var cutoff = Eligibility.RetirementCutoff(input.Settings);
        // Per place in the pool, whether the person stays; the people themselves are gathered once, after the couples.
        // Rented: of the pool's size, a large object every draw otherwise.
        using var keptScratch = new RentedSpan<bool>(byId.Count);
        var kept = keptScratch.Span;
        kept.Clear();
        var keptCount = 0;
        // The eligible who share a spouse key (their places in the pool), by key in order of first appearance (each list in id order).
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new List<string>();
        for (var i = 0; i < byId.Count; i++)
        {
            var e = byId[i];
            var reason = Eligibility.Exclusion(e, unitCodes, cutoff);
            if (reason is not null)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(excluded, reason, out _)++;
                continue;
            }

            kept[i] = true;
            keptCount++;
            if (Eligibility.HasSpouse(e))
            {
                if (!byKey.TryGetValue(e.SpouseKey!, out var holders))
                {
                    byKey[e.SpouseKey!] = holders = new List<int>(2);
                    keys.Add(e.SpouseKey!);
                }

                holders.Add(i);
            }
        }
        foreach (var reason in excluded.Keys.Order(StringComparer.Ordinal))
        {
            var count = excluded[reason];
            findings.Add(new(DrawRules.Eligibility, $"{count} excluded: {reason}.", 0, count, Blocking: false));
        }

        // ET-DRAW-1 took couples in the order of their key text; ET-DRAW-2 by their pseudonymous couple id
        // (the smallest Id in the pool sharing the key), the only key its input text shows.
        coupleIds ??= DrawAlgorithm.IsV1(version) ? null : DrawHashes.CoupleIds(input.Pool);
        var shared = keys.Where(k => byKey[k].Count > 1);
        var couples = coupleIds is null
            ? shared.OrderBy(k => k, StringComparer.Ordinal).ToList()
            : shared.OrderBy(k => coupleIds[k]).ToList();
        if (couples.Count > 0)
        {
            var dropped = 0;
            foreach (var key in couples)
            {
                var members = byKey[key];
                var keep = rng.NextInt(members.Count);
                DrawTrace.Note($"couple of {DrawTrace.Ids(members.Select(m => byId[m].Id))}: keep {byId[members[keep]].Id}");

                for (var i = 0; i < members.Count; i++)
                {
                    // Each person has one key, so no one is dropped twice.
                    if (i != keep)
                    {
                        kept[members[i]] = false;
                        dropped++;
                    }
                }
            }
            findings.Add(new(DrawRules.Couples, $"{dropped} excluded: spouse of a person kept in the pool ({couples.Count} couples).", 0, dropped, Blocking: false));
            keptCount -= dropped;
        }

        var eligible = System.Buffers.ArrayPool<DrawEmployee>.Shared.Rent(keptCount);
        // Stored through a span: a store into a rented array checks the record's type, which reads the record (a cache
        // miss each, the records lie scattered); the span checked the array's type once.
        var into = eligible.AsSpan(0, keptCount);
        var next = 0;
        for (var i = 0; i < kept.Length; i++)
        {
            if (kept[i])
            {
                into[next++] = byId[i];
            }
        }

        return (eligible, keptCount);
    }

    private static StageOneResult Result(DrawInput input, string seed, string inputHash, string version, List<DrawFinding> findings, List<StageOneAssignment> assignments)
    {
        var report = DrawReport.From(findings);
        var ordered = report.Feasible ? assignments : [];
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
