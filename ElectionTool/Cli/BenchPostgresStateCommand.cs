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
/// dashboard recompute, a 10,000-row import, 100 and 300 operators saving at once. With --sqlite the same measures
/// on one SQLite district follow in the same run (bench-dashboard, bench-import, bench-savers).
/// </summary>
public sealed class BenchPostgresStateCommand : ICliCommand
{
    public string Name => "bench-postgres-state";
    public string Usage => "bench-postgres-state --server \"Host=…;Username=…\" [--districts 30] [--offices 60000] [--employees 1800000] [--stations 90000] [--rows 10000] [--savers 100,300] [--sqlite]";
    public string Summary => "Benchmarks a state-size district on PostgreSQL (dashboard recompute, import, concurrent savers' p95) in a temporary database; --sqlite adds one SQLite district beside it.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var (districts, offices, employees, stations) = (args.GetInt("districts", 30), args.GetInt("offices", 60_000), args.GetInt("employees", 1_800_000), args.GetInt("stations", 90_000));
        var rows = args.GetInt("rows", 10_000);
        var savers = (args.Get("savers") ?? "100,300").Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Console.WriteLine($"PostgreSQL, {districts} districts: {offices:N0} offices, {employees:N0} employees, {stations:N0} stations");
        var failed = false;
        await using (var state = await PostgresStateDistrict.CreateAsync(args.Require("server"), districts, offices, employees, stations, ct))
        {
            await MeasureRecomputeAsync(state, ct);
            var staff = ActivatorUtilities.CreateInstance<EmployeeService>(services, (IDbContextFactory<ElectionDbContext>)state);
            failed |= !await MeasureImportAsync(services, state, staff, rows, ct);
            var next = rows;
            foreach (var operators in savers)
            {
                failed |= !await BenchSaversCommand.SaveAtOnceAsync(services, state, await OpenOfficesAsync(state, operators, ct), operators, saves: 10, firstPerson: 100_000 + next, ct);
                next += operators * 10;
            }
        }
        if (args.Has("sqlite"))
        {
            Console.WriteLine();
            Console.WriteLine("SQLite, one district, same run:");
            await new BenchDashboardCommand().RunAsync(services, new CliArgs(["--subscribers", "10", "--burst", "100"]), ct);
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
        var (fast, slow) = (new List<double>(), new List<double>());
        for (var i = 0; i < 3; i++)
        {
            fast.Add((await counted.GetSnapshotAsync(DashboardScope.District, ct)).ComputeTime.TotalMilliseconds);
            slow.Add((await scanned.GetSnapshotAsync(DashboardScope.District, ct)).ComputeTime.TotalMilliseconds);
        }
        Console.WriteLine($"Dashboard recompute (district view, {first.Pool.Total:N0} staff): first {first.ComputeTime.TotalMilliseconds:N0} ms; warm from staff counts median {fast.Order().ElementAt(1):N0} ms — " +
            $"baseline full scan, same run, median {slow.Order().ElementAt(1):N0} ms");
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
