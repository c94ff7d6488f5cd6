using System.Diagnostics;
using System.Globalization;
using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;

// The three draw stages beside two baselines on the same pool, in one run:
//   HMAC shuffle   — Fisher–Yates of the whole pool with the engine's own generator, then cut into parties of 4;
//   Random shuffle — the same with System.Random.
// Sizes: 1× = 60,000 employees / 3,000 stations / 2,000 offices; 10× = 600,000 / 30,000 / 20,000.
// Field duties: dotnet run -c Release --project bench/ElectionTool.Bench -- --duties [--units 8] [--runs 3]
// Usage: dotnet run -c Release --project bench/ElectionTool.Bench [-- --units 8,40,240,1000 --sizes 1,10 --runs 3 | --phases]
// CPU time of this process, median of the runs: the machine may be shared, the ratio within one run is the figure.
// The JIT runs as it does in the app (tiered, with dynamic PGO); every timed run follows a warm-up (Baselines.WarmUp) and
// one untimed draw of the same district, then a full collection (Baselines.Settle). The earlier figures came from a build with tiering off: set
// DOTNET_TieredCompilation=0 DOTNET_TieredPGO=0 to measure that way again.
// Hashes: dotnet run -c Release --project bench/ElectionTool.Bench -- --hashes --units 8,300 --sizes 1
// Counting: dotnet run -c Release --project bench/ElectionTool.Bench -- --counting [--runs 5]
if (args.Contains("--counting"))
{
    CountingBench.Run(args);
    return;
}

// Two builds of the engine, alternating in one process: dotnet run -c Release --project bench/ElectionTool.Bench -- --compare A.dll B.dll [--runs 100]
if (Array.IndexOf(args, "--compare") is var compare and >= 0 && compare + 2 < args.Length)
{
    BuildComparison.Run(args[compare + 1], args[compare + 2], args.Contains("--runs") ? Option("--runs", "100")[0] : 100);
    return;
}

var units = Option("--units", "8,40,240,1000");
var sizes = Option("--sizes", "1,10");
var runs = Option("--runs", "3")[0];
if (args.Contains("--duties"))
{
    DutyBench.Run(units[0], runs);
    return;
}

// The six hashes of a synthetic draw per unit count: compare before and after an engine change (output must not move).
if (args.Contains("--hashes"))
{
    foreach (var unitCount in units)
    {
        var input = SyntheticDistrict.Create(Shape(sizes[0], unitCount), 42);
        var one = DrawStageOne.Run(input, "493817");
        var two = DrawStageTwo.Run(input, one, "250611");
        var three = DrawStageThree.Run(input, two, "771204");
        Console.WriteLine($"{sizes[0]}x {unitCount}u in  {one.InputHash} {two.InputHash} {three.InputHash}");
        Console.WriteLine($"{sizes[0]}x {unitCount}u out {one.OutputHash} {two.OutputHash} {three.OutputHash}");
    }

    return;
}

var warm = SyntheticDistrict.Create(Shape(1, 8), 7);
var warmRuns = Baselines.WarmUp(() =>
{
    DrawStageThree.Run(warm, DrawStageTwo.Run(warm, DrawStageOne.Run(warm, "1"), "2"), "3");
    Baselines.HmacShuffle(warm.Pool.Select(e => e.Id).ToArray(), warm.ElectionId, 4);
    Baselines.RandomShuffle(warm.Pool.Select(e => e.Id).ToArray(), 4);
});
// For a profiler: the three stages of one district drawn again and again (dotnet-trace collect -- <this> --loop 200).
if (args.Contains("--loop"))
{
    var district = SyntheticDistrict.Create(Shape(sizes[0], units[0]), 42);
    var times = Option("--loop", "100")[0];
    for (var i = 0; i < times; i++)
    {
        DrawStageThree.Run(district, DrawStageTwo.Run(district, DrawStageOne.Run(district, "493817"), "250611"), "771204");
    }

    return;
}

if (args.Contains("--phases"))
{
    var district = SyntheticDistrict.Create(Shape(sizes[0], units[0]), 42);
    Console.WriteLine($"Steps of the three stages, {units[0]} units, {sizes[0]}×: least CPU ms of {Math.Max(runs, 5)} runs");
    Phases.Print(district, Math.Max(runs, 5));
    return;
}

Console.WriteLine($"Draw engine {DrawAlgorithm.Version}; CPU milliseconds, median of {runs} runs after {warmRuns} warm-up draws; ratio = all stages / HMAC shuffle (target ≤ 10), vs 8u = all stages / the 8-unit figure of the same size (target ≤ 2).");
Console.WriteLine($"{"size",-5}{"units",6}{"stage 1",9}{"stage 2",9}{"stage 3",9}{"all",9}{"HMAC sh.",10}{"Rand sh.",10}{"ratio",7}{"vs 8u",7}  result");
foreach (var size in sizes)
{
    double? eightUnits = null;
    foreach (var unitCount in units)
    {
        var input = SyntheticDistrict.Create(Shape(size, unitCount), 42);
        DrawStageThree.Run(input, DrawStageTwo.Run(input, DrawStageOne.Run(input, "1"), "2"), "3"); // one untimed draw at full size
        Baselines.Settle();
        var (t1s, t2s, t3s, alls, hmacs, plains) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var outcome = "";
        for (var run = 0; run < runs; run++)
        {
            var (one, t1) = Baselines.Cpu(() => DrawStageOne.Run(input, "493817"));
            var (two, t2) = Baselines.Cpu(() => DrawStageTwo.Run(input, one, "250611"));
            var (three, t3) = Baselines.Cpu(() => DrawStageThree.Run(input, two, "771204"));
            t1s.Add(t1); t2s.Add(t2); t3s.Add(t3); alls.Add(t1 + t2 + t3);
            hmacs.Add(Baselines.Cpu(() => Baselines.HmacShuffle(input.Pool.Select(e => e.Id).ToArray(), input.ElectionId, 4)).Ms);
            plains.Add(Baselines.Cpu(() => Baselines.RandomShuffle(input.Pool.Select(e => e.Id).ToArray(), 4)).Ms);
            outcome = one.Report.Feasible && two.Report.Feasible && three.Report.Feasible
                ? $"{two.Parties.Count:N0} parties, {three.Allotments.Count:N0} stations"
                : "INFEASIBLE: " + string.Join("; ", new[] { one.Report, two.Report, three.Report }.SelectMany(r => r.Findings).Where(f => f.Blocking).Select(f => f.Message).Take(2));
        }
        var (all, hmac) = (Median(alls), Median(hmacs));
        eightUnits ??= all;
        Console.WriteLine($"{size + "×",-5}{unitCount,6}{Median(t1s),9:N0}{Median(t2s),9:N0}{Median(t3s),9:N0}{all,9:N0}{hmac,10:N0}{Median(plains),10:N0}{all / hmac,7:N1}{all / eightUnits.Value,7:N2}  {outcome}");
    }
}

static DistrictShape Shape(int size, int unitCount) => new()
{
    Employees = 60_000 * size,
    Offices = 2_000 * size,
    Departments = 40,
    Units = unitCount,
    Stations = 3_000 * size,
    WomenManagedShare = 0.05,
    FourthOfficerShare = 0.2,
    NoSameDepartment = true,
    WomenRule = WomenRule.NoneOrAtLeastTwo,
    ReservePercent = 20,
};

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

List<int> Option(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    var text = at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    return text.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList();
}
