using System.Diagnostics;
using ElectionTool.Draw;
using ElectionTool.Draw.Counting;
using ElectionTool.Draw.Synthetic;

/// <summary>
/// The three counting steps on 10 units × 2 halls × 14 tables and a 60,000-person pool, beside a plain shuffle of the
/// same pool with the engine's generator (HMAC) and with System.Random. `dotnet run -c Release --project
/// bench/ElectionTool.Bench -- --counting [--runs 5]`.
/// </summary>
internal static class CountingBench
{
    public static void Run(string[] args)
    {
        var at = Array.IndexOf(args, "--runs");
        var runs = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var district = SyntheticDistrict.Create(new DistrictShape
        {
            Employees = 60_000,
            Offices = 2_000,
            Departments = 40,
            Units = 10,
            Stations = 3_000,
            ReservePercent = 20,
        }, 42);
        var input = SyntheticCounting.Input(district, hallsPerUnit: 2, tables: 14);
        Steps(SyntheticCounting.Input(SyntheticDistrict.Create(new DistrictShape { Employees = 6_000, Offices = 200, Units = 10 }, 7)));
        double s1 = double.MaxValue, s2 = double.MaxValue, s3 = double.MaxValue, all = double.MaxValue, hmac = double.MaxValue, plain = double.MaxValue;
        var outcome = "";
        for (var run = 0; run < runs; run++)
        {
            var (one, t1) = Baselines.Cpu(() => CountingDraw.Select(input, "493817"));
            var (two, t2) = Baselines.Cpu(() => CountingHalls.Allot(input, one, "250611"));
            var (three, t3) = Baselines.Cpu(() => CountingTables.Allot(input, two, "771204"));
            s1 = Math.Min(s1, t1); s2 = Math.Min(s2, t2); s3 = Math.Min(s3, t3); all = Math.Min(all, t1 + t2 + t3);
            hmac = Math.Min(hmac, Baselines.Cpu(() => Baselines.HmacShuffle(input.Pool.Select(p => p.Employee.Id).ToArray(), input.ElectionId, 3)).Ms);
            plain = Math.Min(plain, Baselines.Cpu(() => Baselines.RandomShuffle(input.Pool.Select(p => p.Employee.Id).ToArray(), 3)).Ms);
            outcome = three.Report.Feasible
                ? $"{three.Assignments.Count(a => !a.IsReserve):N0} seated at {input.Halls.Sum(h => h.Seats)} tables, {three.Assignments.Count(a => a.IsReserve)} reserve, " +
                  $"{CountingValidator.Validate(input, three, two).Count} rule breaches"
                : "INFEASIBLE: " + string.Join("; ", new[] { one, two, three }.SelectMany(r => r.Report.Findings).Select(f => f.Message).Take(2));
        }
        Console.WriteLine($"Counting draw {CountingAlgorithm.Version}: 10 units × 2 halls × 14 tables, pool {input.Pool.Count:N0}; CPU ms, best of {runs} runs.");
        Console.WriteLine($"{"step 1",8}{"step 2",8}{"step 3",8}{"all",8}{"HMAC sh.",10}{"Rand sh.",10}{"ratio",7}  result");
        Console.WriteLine($"{s1,8:N1}{s2,8:N1}{s3,8:N1}{all,8:N1}{hmac,10:N1}{plain,10:N1}{all / hmac,7:N1}  {outcome}");
    }

    private static CountingResult Steps(CountingInput input) =>
        CountingTables.Allot(input, CountingHalls.Allot(input, CountingDraw.Select(input, "1"), "2"), "3");

}
