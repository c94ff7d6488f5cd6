using System.Diagnostics;
using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;

// A large district: 60,000 employees, ~2,000 offices, 3,000 stations over 8 units, every rule on.
var shape = new DistrictShape
{
    Employees = 60_000,
    Offices = 2_000,
    Departments = 40,
    Units = 8,
    Stations = 3_000,
    WomenManagedShare = 0.05,
    FourthOfficerShare = 0.2,
    NoSameDepartment = true,
    WomenRule = WomenRule.NoneOrAtLeastTwo,
    ReservePercent = 20,
};
var input = SyntheticDistrict.Create(shape, 42);
Console.WriteLine($"District: {input.Pool.Count:N0} employees, {input.Stations.Count:N0} stations, {input.Units.Count} units");

// Warm-up so the figures show steady-state work, not JIT.
var warm = SyntheticDistrict.Create(shape with { Employees = 6_000, Offices = 200, Stations = 300 }, 7);
DrawStageThree.Run(warm, DrawStageTwo.Run(warm, DrawStageOne.Run(warm, "1"), "2"), "3");

// The machine may be shared, so run the whole draw three times and read the best figures.
StageOneResult one = null!; StageTwoResult two = null!; StageThreeResult three = null!;
for (var run = 1; run <= 3; run++)
{
    Console.WriteLine($"-- run {run}");
    var total = Stopwatch.StartNew();
    var totalBytes = GC.GetAllocatedBytesForCurrentThread();
    one = Measure("Stage 1 (selection and roles)", () => DrawStageOne.Run(input, "493817"));
    two = Measure("Stage 2 (parties)", () => DrawStageTwo.Run(input, one, "250611"));
    three = Measure("Stage 3 (stations)", () => DrawStageThree.Run(input, two, "771204"));
    Console.WriteLine($"{"All three stages",-34}{total.Elapsed.TotalMilliseconds,9:N0} ms{(GC.GetAllocatedBytesForCurrentThread() - totalBytes) / 1048576.0,9:N1} MB");
    Measure("Baseline: Fisher-Yates of the pool", () =>
    {
        var ids = input.Pool.Select(e => e.Id).ToArray();
        using var rng = DrawRandom.ForStage(input.ElectionId, 0, "baseline", new string('0', 64));
        rng.Shuffle<long>(ids);
        return ids[0];
    });
}
Measure("Validate all three", () => DrawValidator.Validate(input, one).Count + DrawValidator.Validate(input, one, two).Count + DrawValidator.Validate(input, two, three).Count);
Console.WriteLine($"Feasible: {one.Report.Feasible}/{two.Report.Feasible}/{three.Report.Feasible}; drafted {one.Assignments.Count:N0}, parties {two.Parties.Count:N0}, allotments {three.Allotments.Count:N0}");
Console.WriteLine($"Violations: {DrawValidator.Validate(input, one).Count + DrawValidator.Validate(input, one, two).Count + DrawValidator.Validate(input, two, three).Count}");
Console.WriteLine($"Output hashes: {one.OutputHash[..16]}… {two.OutputHash[..16]}… {three.OutputHash[..16]}…");
foreach (var f in one.Report.Findings.Concat(two.Report.Findings).Concat(three.Report.Findings))
{
    Console.WriteLine($"  [{f.Rule}] {f.Message}");
}

static T Measure<T>(string label, Func<T> run)
{
    var bytes = GC.GetAllocatedBytesForCurrentThread();
    var watch = Stopwatch.StartNew();
    var result = run();
    Console.WriteLine($"{label,-34}{watch.Elapsed.TotalMilliseconds,9:N0} ms{(GC.GetAllocatedBytesForCurrentThread() - bytes) / 1048576.0,9:N1} MB");
    return result;
}
