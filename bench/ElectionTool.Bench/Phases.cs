using System.Diagnostics;
using ElectionTool.Draw;

/// <summary>
/// `--phases`: the steps inside the three stages timed one by one (CPU milliseconds), calling the engine's own
/// internal pieces in the order the stages call them, so the largest cost is plain to see.
/// </summary>
internal static class Phases
{
    /// <summary>Each step's least CPU time over <paramref name="runs"/> runs (the machine is shared, the least is the cost).</summary>
    public static void Print(DrawInput input, int runs)
    {
        var times = new Dictionary<string, double>();
        var allocated = new Dictionary<string, long>();
        var collections = new Dictionary<string, string>();
        for (var run = 0; run < runs; run++)
        {
            Once(input, times, allocated, collections);
        }

        foreach (var (step, ms) in times)
        {
            Console.WriteLine($"  {step,-18}{ms,8:N1} ms{allocated[step] / 1e6,8:N1} MB allocated, GCs {collections[step]}");
        }
    }

    private static void Once(DrawInput input, Dictionary<string, double> times, Dictionary<string, long> allocated, Dictionary<string, string> collections)
    {
        T Time<T>(string step, Func<T> work)
        {
            var start = Process.GetCurrentProcess().TotalProcessorTime;
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var result = work();
            collections[step] = $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
            allocated[step] = GC.GetAllocatedBytesForCurrentThread() - bytes;
            var ms = (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds;
            times[step] = Math.Min(ms, times.GetValueOrDefault(step, double.MaxValue));
            return result;
        }

        var version = DrawAlgorithm.Version;
        // The stages' own random streams (keyed by their input hashes), so each step meets the work the real stage meets.
        var oneHash = Time("1 input hash", () => DrawHashes.StageOneInput(input, version));
        var plan = Time("1 plan", () => DrawPlan.For(input));
        var findings = new List<DrawFinding>();
        using var witnessPeople = StageOneAttempt();
        var one = Time("1 whole stage", () => DrawStageOne.Run(input, "493817"));
        Time("1 output hash", () => DrawHashes.Output(one));
        using var drafted = Time("2 drafted", () => StagePrecheck.Drafted(input, one, []));
        var witnessBoard = new PartyBoard(plan, witnessPeople, input.Settings.WomenRule == WomenRule.NoneOrAtLeastTwo);
        Time("1 witness checks", () => { StageTwoFeasibility.Check(input.Settings, plan, witnessPeople, witnessBoard, [], version); return 0; });
        Time("1 witness find", () => StageTwoWitness.Find(witnessBoard, input.Settings, input.ElectionId, one.Seed, one.InputHash, version));
        using (var rng = StageTwoWitness.Stream(input.ElectionId, one.Seed, one.InputHash, version))
        {
            Time("1 witness place", () => new PartyPlacement(witnessBoard, input.Settings, rng, version).Place(0));
            Time("1 witness repair", () => new PartyRepair(witnessBoard, rng).Repair());
        }
        var twoHash = Time("2 input hash", () => DrawHashes.StageTwoInput(input, one.OutputHash, drafted.Select(d => d.Person), version));
        using var people = Time("2 people", () => new StageTwoPeople(input.Settings, plan, drafted));
        var board = Time("2 board", () => new PartyBoard(plan, people, input.Settings.WomenRule == WomenRule.NoneOrAtLeastTwo));
        Time("2 feasibility", () => { StageTwoFeasibility.Check(input.Settings, plan, people, board, [], version); return 0; });
        using (var rng = DrawRandom.ForStage(input.ElectionId, 2, "250611", twoHash, version))
        {
            Time("2 placement", () => new PartyPlacement(board, input.Settings, rng, version).Place(0));
            Time("2 repair", () => new PartyRepair(board, rng).Repair());
        }

        var two = Time("2 whole stage", () => DrawStageTwo.Run(input, one, "250611"));
        Time("2 validator", () => DrawValidator.Validate(input, one, two));
        Time("2 validator rules", () => DrawValidator.ValidateParties(input, plan, drafted, two));
        Time("2 output hash", () => DrawHashes.Output(two));
        Time("3 whole stage", () => DrawStageThree.Run(input, two, "771204"));

        // As the stage does it: the pool once, its check, one attempt, its seniority correction and the people of stage 1's own
        // check of the attempt (DrawStageOne.Unseatable, the drafted in id order from the pool's facts), the pool then given back.
        // The attempt is the one the stage accepts when the district needs no redraw.
        StageTwoPeople StageOneAttempt()
        {
            using var rng = DrawRandom.ForStage(input.ElectionId, 1, "493817", oneHash, version);
            var eligible = Time("1 eligible pool", () => DrawStageOne.EligiblePool(input, plan, rng, findings, version));
            using var pool = Time("1 selection pool", () => new SelectionPool(input.Settings, plan, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(eligible)));
            Time("1 feasibility", () => new RoleSelection(input.Settings, plan, pool, rng, findings, version).CheckFeasible());
            var places = new List<int>();
            var assignments = Time("1 selection", () => new RoleSelection(input.Settings, plan, pool, rng, findings, version).Draw(places)!);
            Time("1 seniority", () => SeniorityCorrection.Apply(assignments, pool, places, plan, version));
            var byId = Enumerable.Range(0, places.Count).OrderBy(k => places[k]).Select(k => (places[k], assignments[k].Role)).ToArray();
            return Time("1 witness people", () => StageTwoPeople.FromPool(input.Settings, pool, byId));
        }
    }
}
