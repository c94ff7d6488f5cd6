using System.Diagnostics;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Cli;

/// <summary>
/// The state-size figures on PostgreSQL (a throw-away database on the given server; the live one is not touched):
/// dashboard recompute, the three draw stages for one district, a 10,000-row import, 100 and 300 operators saving at once. With --sqlite the same measures
/// on one SQLite district follow in the same run (bench-dashboard, bench-import, bench-savers).
/// </summary>
public sealed class BenchPostgresStateCommand : ICliCommand
{
    public string Name => "bench-postgres-state";
    public string Usage => "bench-postgres-state --server \"Host=…;Username=…\" [--districts 30] [--offices 60000] [--employees 1800000] [--stations 90000] [--rows 10000] [--savers 100,300] [--sqlite] [--keep]";
    public string Summary => "Benchmarks a state-size district on PostgreSQL (dashboard recompute, one district's three draw stages, import, concurrent savers' p95) in a temporary database; --sqlite adds one SQLite district beside it.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var (districts, offices, employees, stations) = (args.GetInt("districts", 30), args.GetInt("offices", 60_000), args.GetInt("employees", 1_800_000), args.GetInt("stations", 90_000));
        var rows = args.GetInt("rows", 10_000);
        var savers = (args.Get("savers") ?? "100,300").Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Console.WriteLine($"PostgreSQL, {districts} districts: {offices:N0} offices, {employees:N0} employees, {stations:N0} stations");
        var failed = false;
        await using (var state = await PostgresStateDistrict.CreateAsync(args.Require("server"), districts, offices, employees, stations, ct))
        {
            state.Keep = args.Has("keep");
            await MeasureRecomputeAsync(state, ct);
            // One district of the state: its 8 units (AC-001 … AC-008), their stations and the staff of offices in them.
            failed |= !await DrawStagesBench.MeasureAsync("PostgreSQL, one district of the state", state,
                Enumerable.Range(1, PostgresStateDistrict.UnitsPerDistrict).Select(ConstituencyUnit.AcCode).ToHashSet(), ct);
            var staff = ActivatorUtilities.CreateInstance<EmployeeService>(services, (IDbContextFactory<ElectionDbContext>)state);
            failed |= !await MeasureImportAsync(services, state, staff, rows, ct);
            var next = rows;
            foreach (var operators in savers)
            {
                failed |= !await BenchSaversCommand.SaveAtOnceAsync(services, state, await OpenOfficesAsync(state, operators, ct), operators, saves: 10, firstPerson: 100_000 + next, ct);
                next += BenchSaversCommand.PeopleUsed(operators, saves: 10);
            }
        }
        if (args.Has("sqlite"))
        {
            Console.WriteLine();
            Console.WriteLine("SQLite, one district, same run:");
            await new BenchDashboardCommand().RunAsync(services, new CliArgs(["--subscribers", "10", "--burst", "100", "--draw"]), ct);
            await new BenchImportCommand().RunAsync(services, new CliArgs(["--rows", rows.ToString(System.Globalization.CultureInfo.InvariantCulture)]), ct);
            foreach (var operators in savers)
            {
                await new BenchSaversCommand().RunAsync(services, new CliArgs(["--operators", operators.ToString(System.Globalization.CultureInfo.InvariantCulture)]), ct);
            }
        }
        return failed ? 1 : 0;
    }

    private static readonly Features.Common.DistrictClock BenchClock =
        new(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new Hosting.DistrictOptions()));

    private static async Task MeasureRecomputeAsync(PostgresStateDistrict state, CancellationToken ct)
    {
        var counted = new DashboardService(state, BenchClock);
        var scanned = new DashboardService(state, BenchClock) { FullScan = true };
        var first = await counted.GetSnapshotAsync(DashboardScope.District, ct);
        var (fast, slow, fastCpu, slowCpu) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        DashboardSnapshot? a = null, b = null;
        for (var i = 0; i < 3; i++)
        {
            var cpu = Cpu();
            a = await counted.GetSnapshotAsync(DashboardScope.District, ct);
            fastCpu.Add((Cpu() - cpu).TotalMilliseconds);
            fast.Add(a.ComputeTime.TotalMilliseconds);
            cpu = Cpu();
            b = await scanned.GetSnapshotAsync(DashboardScope.District, ct);
            slowCpu.Add((Cpu() - cpu).TotalMilliseconds);
            slow.Add(b.ComputeTime.TotalMilliseconds);
        }
        var same = a!.Pool.ByGender.SequenceEqual(b!.Pool.ByGender) && a.Pool.ByPayLevel.SequenceEqual(b.Pool.ByPayLevel) && a.Departments.SequenceEqual(b.Departments)
            && a.Availability.Steps.SequenceEqual(b.Availability.Steps) && a.Availability.Roles.SequenceEqual(b.Availability.Roles)
            && a.Availability.Duties.SequenceEqual(b.Availability.Duties) && a.Availability.PoolAfterCouples == b.Availability.PoolAfterCouples;
        var nodal = await counted.GetSnapshotAsync(DashboardScope.Departments([1, 2], "D01, D02"), ct);
        Console.WriteLine($"Dashboard recompute (district view, {first.Pool.Total:N0} staff): first {first.ComputeTime.TotalMilliseconds:N0} ms; warm from staff counts median {fast.Order().ElementAt(1):N0} ms " +
            $"(CPU {fastCpu.Order().ElementAt(1):N0} ms) — baseline full scan, same run, median {slow.Order().ElementAt(1):N0} ms (CPU {slowCpu.Order().ElementAt(1):N0} ms); same figures: {(same ? "yes" : "NO")}; " +
            $"nodal officer's view (2 of 25 departments) {nodal.ComputeTime.TotalMilliseconds:N0} ms");
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static async Task<bool> MeasureImportAsync(IServiceProvider services, PostgresStateDistrict state, EmployeeService staff, int rows, CancellationToken ct)
    {
        var importer = ActivatorUtilities.CreateInstance<EmployeeImporter>(services, (IDbContextFactory<ElectionDbContext>)state, staff);
        var office = (await OpenOfficesAsync(state, 1, ct))[0];
        var csv = ImportBenchDistrict.Csv(Enumerable.Range(0, rows).Select(ImportBenchDistrict.Person));
        var watch = Stopwatch.StartNew();
        var report = await importer.ImportAsync(office, new MemoryStream(csv), "bench.csv", ct);
        Console.WriteLine($"CSV import, {rows:N0} new rows into one office: {watch.Elapsed.TotalSeconds:F2} s   {report.Summary}");
        return !report.FileRefused && report.RejectedRows.Count == 0;
    }

    private static async Task<List<int>> OpenOfficesAsync(PostgresStateDistrict state, int count, CancellationToken ct)
    {
        await using var db = state.CreateDbContext();
        return await db.Offices.Where(o => o.ListState != StaffListState.Finalized).OrderByDescending(o => o.Id).Select(o => o.Id).Take(count).ToListAsync(ct);
    }
}
