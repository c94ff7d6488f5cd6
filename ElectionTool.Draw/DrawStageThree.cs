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
        var allotments = new List<StationAllotment>(input.Stations.Count);
        if (findings.Any(f => f.Blocking))
        {
            return Result(input, seed, inputHash, version, findings, allotments);
        }

        using var rng = DrawRandom.ForStage(input.ElectionId, 3, seed, inputHash, version);
        var (parties, partyKinds) = PollingParties(stageTwo.Parties);
        var stations = new Dictionary<(string UnitCode, int Kind), List<DrawStation>>();
        foreach (var s in input.Stations)
        {
            var key = (s.UnitCode, Kind(DrawPlan.IsAllWomen(input.Settings, s), DrawPlan.NeedsFourth(input.Settings, s)));
            if (!stations.TryGetValue(key, out var group))
            {
                stations[key] = group = [];
            }

            group.Add(s);
        }

        var stationKinds = stations.Keys.ToArray();
        Array.Sort(stationKinds, static (a, b) =>
            string.CompareOrdinal(a.UnitCode, b.UnitCode) is var byUnit && byUnit != 0 ? byUnit : a.Kind.CompareTo(b.Kind));
        foreach (var key in stationKinds)
        {
            var seats = ByNumber(stations[key], static s => s.Number);
            var pool = parties.TryGetValue(key, out var formed) ? ByNumber(formed, static p => p.PartyNumber) : [];
            if (pool.Count != seats.Count)
            {
                findings.Add(new(DrawRules.Stations, $"Unit {key.UnitCode}: {seats.Count} stations of kind '{KindName(key.Kind)}' but stage 2 formed {pool.Count} such parties.", seats.Count, pool.Count));
                continue;
            }
            rng.Shuffle(pool);
            DrawTrace.Note($"{key.UnitCode} {KindName(key.Kind)}: stations {string.Join(" ", seats.Select(s => s.Number))} <- parties {string.Join(" ", pool.Select(p => p.PartyNumber))}");
            for (var i = 0; i < seats.Count; i++)
            {
                allotments.Add(new StationAllotment(key.UnitCode, seats[i].Number, pool[i].PartyNumber));
            }
        }
        foreach (var key in partyKinds)
        {
            if (!stations.ContainsKey(key))
            {
                var count = parties[key].Count;
                findings.Add(new(DrawRules.Stations, $"Unit {key.UnitCode}: {count} parties of kind '{KindName(key.Kind)}' have no station of that kind.", 0, count));
            }
        }

        WithinUnitByStation(allotments);
        return Result(input, seed, inputHash, version, findings, allotments);
    }

    /// <summary>
    /// Sorts each unit's allotments (listed unit by unit, in the result's unit order) by station number. No station is
    /// listed twice (the plan refuses that), so this is the result's own order, found sorted there instead of merged
    /// from each unit's four kinds.
    /// </summary>
    private static void WithinUnitByStation(List<StationAllotment> allotments)
    {
        for (var start = 0; start < allotments.Count;)
        {
            var end = start + 1;
            while (end < allotments.Count && string.Equals(allotments[end].UnitCode, allotments[start].UnitCode, StringComparison.Ordinal))
            {
                end++;
            }

            allotments.Sort(start, end - start, ByStationNumber);
            start = end;
        }
    }

    private static readonly Comparer<StationAllotment> ByStationNumber = Comparer<StationAllotment>.Create(static (a, b) => a.StationNumber.CompareTo(b.StationNumber));

    /// <summary>
    /// Stage 2's polling parties by unit and kind, each group in stage 2's order, and the groups in the order each
    /// first appears.
    /// </summary>
    private static (Dictionary<(string UnitCode, int Kind), List<DrawParty>>, List<(string UnitCode, int Kind)>) PollingParties(IReadOnlyList<DrawParty> parties)
    {
        var groups = new Dictionary<(string UnitCode, int Kind), List<DrawParty>>();
        var order = new List<(string UnitCode, int Kind)>();
        for (var p = 0; p < parties.Count; p++)
        {
            var party = parties[p];
            if (party.IsReserve)
            {
                continue;
            }

            var fourth = false;
            for (var m = 0; m < party.Members.Count; m++)
            {
                fourth |= party.Members[m].Role == Role.PollingOfficer4;
            }

            var key = (party.UnitCode, Kind(party.AllWomen, fourth));
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
                order.Add(key);
            }

            group.Add(party);
        }

        return (groups, order);
    }

    /// <summary>The items by number, equal numbers in their order (a stable sort); stage 2 and the input mostly list them so already.</summary>
    private static List<T> ByNumber<T>(List<T> items, Func<T, int> number)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (number(items[i - 1]) > number(items[i]))
            {
                return items.OrderBy(number).ToList();
            }
        }

        return items;
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
