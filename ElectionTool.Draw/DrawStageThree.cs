namespace ElectionTool.Draw;

/// <summary>Stage 3, stations: each unit's polling parties are shuffled onto its stations of the same kind.</summary>
public static partial class DrawStageThree
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
        using var polling = new PollingParties(stageTwo.Parties);
        // The stations unit by unit (code order), then each unit's kind by kind: the order their draws are made in. Both
        // on rented scratch, as a district's stations are thousands.
        var given = CanonicalOrder.Items(input.Stations);
        using var byUnitScratch = new RentedSpan<DrawStation>(given.Length);
        using var byKindScratch = new RentedSpan<DrawStation>(given.Length);
        var byUnit = byUnitScratch.Span;
        var stationKinds = new HashSet<(string UnitCode, int Kind)>();
        var unitStart = 0;
        Span<int> kindStart = stackalloc int[KindCount + 1];
        foreach (var (code, count) in CanonicalOrder.GroupByUnit(given, byUnit))
        {
            var unitStations = byUnit.Slice(unitStart, count);
            unitStart += count;
            ByKind(input.Settings, unitStations, byKindScratch.Span, kindStart);
            for (var kind = 0; kind < KindCount; kind++)
            {
                var ofKind = byKindScratch.Span[kindStart[kind]..kindStart[kind + 1]];
                if (ofKind.IsEmpty)
                {
                    continue;
                }

                var key = (UnitCode: code!, Kind: kind);
                stationKinds.Add(key);
                var seats = ByNumber(ofKind, default(StationNumberOrder));
                var pool = ByNumber(polling.Of(key), default(PartyNumberOrder));
                if (pool.Length != seats.Length)
                {
                    findings.Add(new(DrawRules.Stations, $"Unit {key.UnitCode}: {seats.Length} stations of kind '{KindName(key.Kind)}' but stage 2 formed {pool.Length} such parties.", seats.Length, pool.Length));
                    continue;
                }

                rng.Shuffle(pool);
                DrawTrace.Note($"{key.UnitCode} {KindName(key.Kind)}: stations {string.Join(" ", seats.ToArray().Select(s => s.Number))} <- parties {string.Join(" ", pool.ToArray().Select(p => p.PartyNumber))}");
                for (var i = 0; i < seats.Length; i++)
                {
                    allotments.Add(new StationAllotment(key.UnitCode, seats[i].Number, pool[i].PartyNumber));
                }
            }
        }

        foreach (var key in polling.Groups)
        {
            if (!stationKinds.Contains(key))
            {
                var count = polling.Of(key).Length;
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

    /// <summary>The items by number, equal numbers in their order (a stable sort); stage 2 and the input mostly list them so already.</summary>
    private static Span<T> ByNumber<T, TNumber>(Span<T> items, TNumber number)
        where TNumber : struct, IComparer<T>
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (number.Compare(items[i - 1], items[i]) > 0)
            {
                CanonicalOrder.Sort(items.ToArray(), number).CopyTo(items);
                break;
            }
        }

        return items;
    }

    private readonly struct StationNumberOrder : IComparer<DrawStation>
    {
        public int Compare(DrawStation? a, DrawStation? b) => a!.Number.CompareTo(b!.Number);
    }

    private readonly struct PartyNumberOrder : IComparer<DrawParty>
    {
        public int Compare(DrawParty? a, DrawParty? b) => a!.PartyNumber.CompareTo(b!.PartyNumber);
    }

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
