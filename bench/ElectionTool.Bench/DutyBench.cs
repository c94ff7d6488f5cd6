using System.Diagnostics;
using ElectionTool.Draw;
using ElectionTool.Draw.Duties;
using ElectionTool.Draw.Synthetic;

/// <summary>
/// `-- --duties`: sectors proposed from the map for 3,000 stations, then zonal officers, sector officers and
/// micro-observers (selection and allotment) drawn from a 60,000-person pool, each later draw without the holders of the
/// earlier ones — beside the HMAC shuffle of the same pool, in the same run. CPU milliseconds, best of the runs.
/// </summary>
internal static class DutyBench
{
    public static void Run(int units, int runs)
    {
        var district = SyntheticDistrict.Create(new DistrictShape
        {
            Employees = 60_000,
            Offices = 2_000,
            Departments = 40,
            Units = units,
            Stations = 3_000,
            WomenManagedShare = 0.05,
            FourthOfficerShare = 0.2,
            NoSameDepartment = true,
            WomenRule = WomenRule.NoneOrAtLeastTwo,
            ReservePercent = 20,
        }, 42);
        var stations = SyntheticDuties.Stations(district);
        var pool = SyntheticDuties.Pool(district);
        double propose = double.MaxValue, zonal = double.MaxValue, sector = double.MaxValue, micro = double.MaxValue, allot = double.MaxValue, shuffle = double.MaxValue;
        var outcome = "";
        for (var run = 0; run <= runs; run++)
        {
            var (plan, tp) = Baselines.Cpu(() => SectorPlanner.Propose(stations, new SectorPlanSettings(10, 5)));
            var (z, tz) = Baselines.Cpu(() => DutyDraw.Select(SyntheticDuties.Input(DutyKind.ZonalOfficer, plan, district, pool), "3 1 4"));
            var (s, ts) = Baselines.Cpu(() => DutyDraw.Select(SyntheticDuties.Input(DutyKind.SectorOfficer, plan, district, Without(pool, z)), "1 5 9"));
            var microInput = SyntheticDuties.Input(DutyKind.MicroObserver, plan, district, Without(Without(pool, z), s));
            var (m, tm) = Baselines.Cpu(() => DutyDraw.Select(microInput, "2 6 5"));
            var (a, ta) = Baselines.Cpu(() => DutyDraw.Allot(microInput, m, "3 5 8"));
            var (_, th) = Baselines.Cpu(() => Baselines.HmacShuffle(district.Pool.Select(e => e.Id).ToArray(), district.ElectionId, 0));
            if (run == 0)
            {
                continue; // warm-up
            }
            (propose, zonal, sector, micro, allot, shuffle) = (Math.Min(propose, tp), Math.Min(zonal, tz), Math.Min(sector, ts), Math.Min(micro, tm), Math.Min(allot, ta), Math.Min(shuffle, th));
            outcome = new[] { z, s, m, a }.All(r => r.Report.Feasible)
                ? $"{plan.Sectors.Count:N0} sectors, {plan.Zones.Count():N0} zones, {z.Assignments.Count + s.Assignments.Count + m.Assignments.Count:N0} drafted"
                : "INFEASIBLE: " + string.Join("; ", new[] { z, s, m, a }.SelectMany(r => r.Report.Findings).Where(f => f.Blocking).Select(f => f.Message).Take(2));
        }
        var draws = zonal + sector + micro + allot;
        Console.WriteLine($"Duty draws {DutyAlgorithm.Version}, 60,000 employees, 3,000 stations, {units} units; CPU ms, best of {runs} runs after a warm-up.");
        Console.WriteLine($"{"propose sectors",16}{"zonal",8}{"sector",8}{"micro",8}{"allot",8}{"all draws",11}{"HMAC sh.",10}{"ratio",7}  result");
        Console.WriteLine($"{propose,16:N0}{zonal,8:N0}{sector,8:N0}{micro,8:N0}{allot,8:N0}{draws,11:N0}{shuffle,10:N0}{draws / Math.Max(shuffle, 0.001),7:N1}  {outcome}");
    }

    private static List<DutyPerson> Without(IReadOnlyList<DutyPerson> pool, DutyResult held) =>
        DutyLedger.Without(pool, p => p.Employee, DutyLedger.Holders(held).ToHashSet());

}
