namespace ElectionTool.Draw;

/// <summary>Stage 2, parties: numbered parties per unit, reserve parties and reserve persons.</summary>
public static class DrawStageTwo
{
    /// <summary>Fresh attempts (continuing the same random stream) before the stage reports failure.</summary>
    public const int MaxAttempts = 16;

    /// <summary>Runs stage 2 under <paramref name="version"/>, by default the version stage 1 was drawn under.</summary>
    public static StageTwoResult Run(DrawInput input, StageOneResult stageOne, string seed, string? version = null)
    {
        var findings = new List<DrawFinding>();
        version = StagePrecheck.Version(stageOne.AlgorithmVersion, version, findings);
        using var drafted = StagePrecheck.Drafted(input, stageOne, findings);
        var inputHash = InputHash(input, stageOne, drafted, version);
        var plan = DrawPlan.For(input);
        findings.AddRange(plan.Findings);
        if (findings.Any(f => f.Blocking))
        {
            return Result(input, seed, inputHash, version, findings, [], []);
        }

        using var people = new StageTwoPeople(input.Settings, plan, drafted);
        var board = new PartyBoard(plan, people, input.Settings.WomenRule == WomenRule.NoneOrAtLeastTwo);
        StageTwoFeasibility.Check(input.Settings, plan, people, board, findings, version);
        if (findings.Any(f => f.Blocking))
        {
            return Result(input, seed, inputHash, version, findings, [], []);
        }

        using var rng = DrawRandom.ForStage(input.ElectionId, 2, seed, inputHash, version);
        using var placement = new PartyPlacement(board, input.Settings, rng, version);
        using var repair = new PartyRepair(board, rng);
        var v1 = DrawAlgorithm.IsV1(version);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (!placement.Place(attempt) || !repair.Repair())
            {
                continue;
            }

            var (parties, reserves) = Number(plan, board, rng);
            var result = Result(input, seed, inputHash, version, findings, parties, reserves);
            if (!v1)
            {
                // The board checked every rule as it went; the independent validator reads the result once.
                return Validated(input, plan, drafted, result, findings);
            }

            // ET-DRAW-1 asked the validator after every attempt; kept so its runs re-run identically.
            if (DrawValidator.ValidateParties(input, stageOne, result).Count == 0)
            {
                return result;
            }
        }

        if (DrawAlgorithm.HasWitness(version) && StageTwoWitness.Find(board, input.Settings, stageOne.ElectionId, stageOne.Seed, stageOne.InputHash, version))
        {
            StageTwoWitness.Mix(board, rng);
            findings.Add(new(DrawRules.Parties, WitnessUsed, 0, 0, Blocking: false));
            var (parties, reserves) = Number(plan, board, rng);
            return Validated(input, plan, drafted, Result(input, seed, inputHash, version, findings, parties, reserves), findings);
        }

        findings.AddRange(Failure(input, plan, board));
        return Result(input, seed, inputHash, version, findings, [], []);
    }

    /// <summary>The input hash over the drafted people, gathered on a rented array (a large object otherwise) read in place.</summary>
    private static string InputHash(DrawInput input, StageOneResult stageOne, StageTwoDrafted drafted, string version)
    {
        using var people = new RentedSpan<DrawEmployee>(drafted.Count);
        // Through a span: no type check per stored record.
        var into = people.Span;
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = drafted.Span[i].Person;
        }

        return DrawHashes.StageTwoInput(input, stageOne.OutputHash, people.Segment, version);
    }

    /// <summary>Numbers run across the district: unit by unit (code order), polling parties before reserve, random within.</summary>
    private static (List<DrawParty>, List<ReservePerson>) Number(DrawPlan plan, PartyBoard board, DrawRandom rng)
    {
        var parties = new List<DrawParty>(board.Parties);
        var people = board.People;
        // The board's parties grouped by (unit, reserve), groups in that order, each group's parties in board order:
        // counted into one rented array (group g's from start[g] to start[g + 1]) rather than a list grown per group.
        var start = new int[plan.Units.Count * 2 + 1];
        for (var p = 0; p < board.Parties; p++)
        {
            start[GroupOf(p) + 1]++;
        }

        for (var g = 1; g < start.Length; g++)
        {
            start[g] += start[g - 1];
        }

        using var byGroupScratch = new RentedSpan<int>(board.Parties);
        var byGroup = byGroupScratch.Span;
        var next = start[..^1]; // a copy: where each group's next party goes
        for (var p = 0; p < board.Parties; p++)
        {
            byGroup[next[GroupOf(p)]++] = p;
        }

        for (var g = 0; g + 1 < start.Length; g++)
        {
            var order = byGroup[start[g]..start[g + 1]];
            if (order.IsEmpty)
            {
                continue;
            }

            rng.Shuffle(order);
            DrawTrace.Note($"numbers for {plan.Units[g / 2].UnitCode} {(g % 2 == 1 ? "reserve" : "polling")}: P{string.Join(" P", order.ToArray().Select(p => p + 1))} from {parties.Count + 1}");
            foreach (var p in order)
            {
                // Of exactly the seats held (four, or five with a 4th officer): a district has thousands of parties.
                var seats = board.Holder.AsSpan(p * PartyBoard.SeatsPerParty, PartyBoard.SeatsPerParty);
                var held = 0;
                foreach (var m in seats)
                {
                    held += m >= 0 ? 1 : 0;
                }

                var members = new PartyMember[held];
                var k = 0;
                for (var r = 0; r < seats.Length; r++)
                {
                    if (seats[r] >= 0)
                    {
                        members[k++] = new PartyMember((Role)r, people.Id[seats[r]]);
                    }
                }
                parties.Add(new DrawParty
                {
                    PartyNumber = parties.Count + 1,
                    UnitCode = plan.Units[board.PartyUnit[p]].UnitCode,
                    IsReserve = board.Reserve[p],
                    AllWomen = board.AllWomen[p],
                    Members = members,
                });
            }
        }
        var reserves = new List<ReservePerson>(board.LooseUnit.Length);
        for (var k = 0; k < board.LooseUnit.Length; k++)
        {
            var m = board.Holder[board.Parties * PartyBoard.SeatsPerParty + k];
            reserves.Add(new ReservePerson(plan.Units[board.LooseUnit[k]].UnitCode, people.Role[m], people.Id[m]));
        }

        // Unit, role, then id: each person sits once, so no two differ only in their place and any sort gives this order.
        reserves.Sort(DrawHashes.ByUnitRoleId);
        return (parties, reserves);

        int GroupOf(int party) => board.PartyUnit[party] * 2 + (board.Reserve[party] ? 1 : 0);
    }

    /// <summary>After the last attempt: per unit, how many parties could be formed and which rule stopped the rest.</summary>
    internal static IEnumerable<DrawFinding> Failure(DrawInput input, DrawPlan plan, PartyBoard board)
    {
        var people = board.People;
        for (var u = 0; u < plan.Units.Count; u++)
        {
            var rules = new List<string>();
            var parties = Enumerable.Range(0, board.Parties).Where(p => board.PartyUnit[p] == u).ToList();
            var broken = 0;
            foreach (var p in parties)
            {
                var members = Enumerable.Range(0, PartyBoard.SeatsPerParty)
                    .Where(r => board.Holder[p * PartyBoard.SeatsPerParty + r] >= 0)
                    .Select(r => ((Role)r, people.Person[board.Holder[p * PartyBoard.SeatsPerParty + r]])).ToList();
                var found = PartyRules.Check(input.Settings, p + 1, plan.Units[u].UnitCode, board.AllWomen[p], members);
                if (found.Count == 0)
                {
                    continue;
                }

                broken++;
                rules.AddRange(found.Select(f => f.Rule));
            }
            if (broken == 0)
            {
                continue;
            }

            var rule = rules.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var need = parties.Count;
            yield return new DrawFinding(rule, $"Unit {plan.Units[u].UnitCode}: {need} parties needed, only {need - broken} can be formed without {Describe(rule)}.", need, need - broken);
        }
        yield return new DrawFinding(DrawRules.Parties, NoArrangement, 0, 0);
    }

    /// <summary>
    /// Stage 2's search is not exhaustive: its pre-checks can all pass and still no arrangement be found (a tight
    /// district, an office at its cap). Stage 1 stays accepted, so the message says what the hall can do next.
    /// </summary>
    public static readonly string NoArrangement =
        $"No arrangement keeping every rule was found in {MaxAttempts} attempts; the rule named above binds. Stage 1 stays accepted: " +
        "run stage 2 again with a new seed announced in the hall (each seed searches afresh). If new seeds keep failing on the same rule, " +
        "too few of the drafted people fit it; report it to the district IT cell with this run's audit bundle.";

    /// <summary>ET-DRAW-3: said when the parties are stage 1's witness arrangement, mixed and numbered with this stage's seed.</summary>
    public static readonly string WitnessUsed =
        $"No arrangement was found in {MaxAttempts} attempts of this seed, so the parties start from the arrangement stage 1 found " +
        "before it accepted its draw, shuffled by random swaps with this seed and numbered with it (docs/draw-algorithm.md §A.14).";

    private static string Describe(string rule) => rule switch
    {
        DrawRules.SameOffice => "two members of one office",
        DrawRules.SameDepartment => "two members of one department",
        DrawRules.NotPostedAtHome => "posting someone in their own unit",
        DrawRules.Hierarchy => "a member paid more than the Presiding Officer",
        DrawRules.Women => "breaking the women rule",
        _ => "leaving a party incomplete (the last attempt could not seat everyone)",
    };

    /// <summary>A result the validator faults is an engine defect: it is reported, never published.</summary>
    private static StageTwoResult Validated(DrawInput input, DrawPlan plan, IReadOnlyList<(DrawEmployee Person, Role Role)> drafted, StageTwoResult result,
        List<DrawFinding> findings)
    {
        var broken = DrawValidator.ValidateParties(input, plan, drafted, result);
        if (broken.Count == 0)
        {
            return result;
        }

        findings.Add(new(DrawRules.Internal, $"The parties formed break a rule the engine should have kept ({broken[0].Message}); please report this.", 0, broken.Count));
        return Result(input, result.Seed, result.InputHash, result.AlgorithmVersion, findings, [], []);
    }

    private static StageTwoResult Result(DrawInput input, string seed, string inputHash, string version, List<DrawFinding> findings,
        List<DrawParty> parties, List<ReservePerson> reserves)
    {
        var result = new StageTwoResult
        {
            ElectionId = input.ElectionId,
            AlgorithmVersion = version,
            Seed = seed,
            InputHash = inputHash,
            OutputHash = "",
            Report = DrawReport.From(findings),
            Parties = parties,
            ReservePersons = reserves,
        };
        return result with { OutputHash = DrawHashes.Output(result) };
    }
}
