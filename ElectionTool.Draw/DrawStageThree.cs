namespace ElectionTool.Draw;

/// <summary>Stage 3, stations: each unit's polling parties are shuffled onto its stations of the same kind.</summary>
public static class DrawStageThree
{
    /// <summary>Runs stage 3 under <paramref name="version"/>, by default the version stage 2 was drawn under.</summary>
    public static StageThreeResult Run(DrawInput input, StageTwoResult stageTwo, string seed, string? version = null)
    {
        var findings = new List<DrawFinding>();
        version = StagePrecheck.Version(stageTwo.AlgorithmVersion, version, findings);
        StagePrecheck.Previous(input, 2, stageTwo.ElectionId, stageTwo.Report.Feasible, stageTwo.OutputHash, DrawHashes.Output(stageTwo), findings);
        var inputHash = DrawHashes.StageThreeInput(input, stageTwo.OutputHash, version);
        var plan = DrawPlan.For(input);
        findings.AddRange(plan.Findings);
        var allotments = new List<StationAllotment>();
        if (findings.Any(f => f.Blocking))
        {
            return Result(input, seed, inputHash, version, findings, allotments);
        }

        using var rng = DrawRandom.ForStage(input.ElectionId, 3, seed, inputHash, version);
        var parties = stageTwo.Parties.Where(p => !p.IsReserve)
            .ToLookup(p => (p.UnitCode, Kind(p.AllWomen, p.Members.Any(m => m.Role == Role.PollingOfficer4))));
        var stations = input.Stations
            .GroupBy(s => (s.UnitCode, Kind(DrawPlan.IsAllWomen(input.Settings, s), DrawPlan.NeedsFourth(input.Settings, s))))
            .OrderBy(g => g.Key.UnitCode, StringComparer.Ordinal).ThenBy(g => g.Key.Item2);
        var kinds = new HashSet<(string, int)>();
        foreach (var group in stations)
        {
            kinds.Add(group.Key);
            var seats = group.OrderBy(s => s.Number).ToList();
            var pool = parties[group.Key].OrderBy(p => p.PartyNumber).ToList();
            if (pool.Count != seats.Count)
            {
                findings.Add(new(DrawRules.Stations, $"Unit {group.Key.UnitCode}: {seats.Count} stations of kind '{KindName(group.Key.Item2)}' but stage 2 formed {pool.Count} such parties.", seats.Count, pool.Count));
                continue;
            }
            rng.Shuffle(pool);
            DrawTrace.Note($"{group.Key.UnitCode} {KindName(group.Key.Item2)}: stations {string.Join(" ", seats.Select(s => s.Number))} <- parties {string.Join(" ", pool.Select(p => p.PartyNumber))}");
            for (var i = 0; i < seats.Count; i++)
            {
                allotments.Add(new StationAllotment(group.Key.UnitCode, seats[i].Number, pool[i].PartyNumber));
            }
        }
        foreach (var extra in parties.Where(g => !kinds.Contains(g.Key)))
        {
            findings.Add(new(DrawRules.Stations, $"Unit {extra.Key.UnitCode}: {extra.Count()} parties of kind '{KindName(extra.Key.Item2)}' have no station of that kind.", 0, extra.Count()));
        }

        return Result(input, seed, inputHash, version, findings, allotments);
    }

    /// <summary>0: all-women with a 4th officer, 1: all-women, 2: with a 4th officer, 3: ordinary.</summary>
    internal static int Kind(bool allWomen, bool fourth) => (allWomen ? 0 : 2) + (fourth ? 0 : 1);

    internal static string KindName(int kind) => kind switch
    {
        0 => "women-managed, 4th officer",
        1 => "women-managed",
        2 => "4th officer",
        _ => "ordinary",
    };

    private static StageThreeResult Result(DrawInput input, string seed, string inputHash, string version, List<DrawFinding> findings, List<StationAllotment> allotments)
    {
        var report = DrawReport.From(findings);
        var result = new StageThreeResult
        {
            ElectionId = input.ElectionId,
            AlgorithmVersion = version,
            Seed = seed,
            InputHash = inputHash,
            OutputHash = "",
            Report = report,
            Allotments = report.Feasible ? CanonicalOrder.Of(allotments, DrawHashes.ByStation).ToArray() : [],
        };
        return result with { OutputHash = DrawHashes.Output(result) };
    }
}
