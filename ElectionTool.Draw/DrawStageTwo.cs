namespace ElectionTool.Draw;

/// <summary>Stage 2, parties: numbered parties per unit, reserve parties and reserve persons.</summary>
public static class DrawStageTwo
{
    /// <summary>Fresh attempts (continuing the same random stream) before the stage reports failure.</summary>
    public const int MaxAttempts = 16;

    public static StageTwoResult Run(DrawInput input, StageOneResult stageOne, string seed)
    {
        var findings = new List<DrawFinding>();
        var drafted = StagePrecheck.Drafted(input, stageOne, findings);
        var inputHash = DrawHashes.StageTwoInput(input, stageOne.OutputHash, drafted.Select(d => d.Person));
        var plan = DrawPlan.For(input);
        findings.AddRange(plan.Findings);
        if (findings.Any(f => f.Blocking))
        {
            return Result(input, seed, inputHash, findings, [], []);
        }

        var people = new StageTwoPeople(input.Settings, plan, drafted);
        var board = new PartyBoard(plan, people, input.Settings.WomenRule == WomenRule.NoneOrAtLeastTwo);
        StageTwoFeasibility.Check(input.Settings, plan, people, board, findings);
        if (findings.Any(f => f.Blocking))
        {
            return Result(input, seed, inputHash, findings, [], []);
        }

        using var rng = DrawRandom.ForStage(input.ElectionId, 2, seed, inputHash);
        var placement = new PartyPlacement(board, input.Settings, rng);
        var repair = new PartyRepair(board, rng);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (!placement.Place(attempt) || !repair.Repair())
            {
                continue;
            }

            var (parties, reserves) = Number(plan, board, rng);
            var result = Result(input, seed, inputHash, findings, parties, reserves);
            var broken = DrawValidator.Validate(input, stageOne, result);
            if (broken.Count == 0)
            {
                return result;
            }
        }
        findings.AddRange(Failure(input, plan, board));
        return Result(input, seed, inputHash, findings, [], []);
    }

    /// <summary>Numbers run across the district: unit by unit (code order), polling parties before reserve, random within.</summary>
    private static (List<DrawParty>, List<ReservePerson>) Number(DrawPlan plan, PartyBoard board, DrawRandom rng)
    {
        var parties = new List<DrawParty>(board.Parties);
        var people = board.People;
        foreach (var group in Enumerable.Range(0, board.Parties).GroupBy(p => (board.PartyUnit[p], board.Reserve[p])).OrderBy(g => g.Key))
        {
            var order = group.ToList();
            rng.Shuffle(order);
            foreach (var p in order)
            {
                var members = new List<PartyMember>();
                for (var r = 0; r < PartyBoard.SeatsPerParty; r++)
                {
                    var m = board.Holder[p * PartyBoard.SeatsPerParty + r];
                    if (m >= 0)
                    {
                        members.Add(new PartyMember((Role)r, people.Person[m].Id));
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
        var reserves = new List<ReservePerson>();
        for (var k = 0; k < board.LooseUnit.Length; k++)
        {
            var m = board.Holder[board.Parties * PartyBoard.SeatsPerParty + k];
            reserves.Add(new ReservePerson(plan.Units[board.LooseUnit[k]].UnitCode, people.Role[m], people.Person[m].Id));
        }
        return (parties, reserves.OrderBy(x => x.UnitCode, StringComparer.Ordinal).ThenBy(x => x.Role).ThenBy(x => x.EmployeeId).ToList());
    }

    /// <summary>After the last attempt: per unit, how many parties could be formed and which rule stopped the rest.</summary>
    private static IEnumerable<DrawFinding> Failure(DrawInput input, DrawPlan plan, PartyBoard board)
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
        yield return new DrawFinding("Parties", $"No arrangement keeping every rule was found in {MaxAttempts} attempts.", 0, 0);
    }

    private static string Describe(string rule) => rule switch
    {
        "SameOffice" => "two members of one office",
        "SameDepartment" => "two members of one department",
        "NotPostedAtHome" => "posting someone in their own unit",
        "Hierarchy" => "a member paid more than the Presiding Officer",
        _ => "breaking the women rule",
    };

    private static StageTwoResult Result(DrawInput input, string seed, string inputHash, List<DrawFinding> findings,
        List<DrawParty> parties, List<ReservePerson> reserves)
    {
        var result = new StageTwoResult
        {
            ElectionId = input.ElectionId,
            AlgorithmVersion = DrawAlgorithm.Version,
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
