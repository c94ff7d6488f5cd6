using System.Diagnostics;
using ElectionTool.Data;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Employees;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Cli;

/// <summary>
/// N operators saving grid rows at once through the real service path (validation, one-person-once, audit, flags,
/// the write queue) on one temporary database; prints the latency percentiles and the errors.
/// </summary>
public sealed class BenchSaversCommand : ICliCommand
{
    public string Name => "bench-savers";
    public string Usage => "bench-savers [--operators 100] [--saves 10] [--existing 60000]";
    public string Summary => "Measures grid saves in a temporary district (not the live database): --operators clerks each saving --saves rows at once; prints p50/p95/max and errors.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var operators = args.GetInt("operators", 100);
        var saves = args.GetInt("saves", 10);
        var existing = args.GetInt("existing", 60_000);
        await using var district = new ImportBenchDistrict();
        var today = ActivatorUtilities.CreateInstance<EmployeeService>(services, (IDbContextFactory<ElectionDbContext>)district);
        var build = Stopwatch.StartNew();
        await district.CreateAsync(Math.Max(operators, 1), existing, today.Today, today.SuperannuationAge, ct);
        Console.WriteLine($"Temporary district: {Math.Max(operators, 1)} offices, {existing:N0} employees ({build.Elapsed.TotalSeconds:F1} s to build).");
        List<int> officeIds;
        await using (var db = district.CreateDbContext())
        {
            officeIds = await db.Offices.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(ct);
        }

        return await SaveAtOnceAsync(services, district, officeIds, operators, saves, existing, ct) ? 0 : 1;
    }

    /// <summary>
    /// <paramref name="operators"/> clerks, each saving <paramref name="saves"/> new people (from person
    /// <paramref name="firstPerson"/> on) into their own office at once; prints p50/p95/max and why any save was refused.
    /// True when all were stored. The untimed warm-up saves take the people after the timed ones: a later call starts
    /// at least <see cref="PeopleUsed"/> further on.
    /// </summary>
    internal static async Task<bool> SaveAtOnceAsync(IServiceProvider services, IDbContextFactory<ElectionDbContext> district, List<int> officeIds,
        int operators, int saves, int firstPerson, CancellationToken ct)
    {
        int before;
        await using (var db = await district.CreateDbContextAsync(ct))
        {
            before = await db.Employees.CountAsync(ct);
        }

        // A running server has compiled its save path long before 100 clerks arrive: untimed rounds of saves (one per
        // operator each) until the tiered JIT has nothing left to compile, so the timed saves measure saving, not compiling.
        var warmUps = await WarmUpAsync(services, district, officeIds, operators, firstPerson + operators * saves, ct);

        var clerks = Enumerable.Range(0, operators).Select(n => Clerk.Start(services, district, n)).ToList();
        var latencies = new List<double>();
        var errors = 0;
        var reasons = new Dictionary<string, int>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saving = clerks.Select((clerk, n) => Task.Run(async () =>
        {
            await start.Task;
            for (var s = 0; s < saves; s++)
            {
                var person = ImportBenchDistrict.Person(firstPerson + n * saves + s);
                var watch = Stopwatch.StartNew();
                var outcome = await clerk.Employees.SaveRowAsync(officeIds[n % officeIds.Count], person, ct);
                watch.Stop();
                lock (latencies)
                {
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                    errors += outcome.Succeeded ? 0 : 1;
                    foreach (var reason in outcome.Errors.Select(e => e.ToString()))
                    {
                        reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                    }
                }
            }
        }, ct)).ToList();
        var queue = QueueOf(district);
        var (batchesBefore, writesBefore) = queue.Written;
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var wall = Stopwatch.StartNew();
        start.SetResult();
        await Task.WhenAll(saving);
        wall.Stop();
        process.Refresh();
        var count = Math.Max(1, operators * saves);
        var cpuPerSave = (process.TotalProcessorTime - cpu).TotalMilliseconds / count;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore;
        var (batches, writes) = queue.Written;
        foreach (var clerk in clerks)
        {
            await clerk.DisposeAsync();
        }

        latencies.Sort();
        double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        int stored;
        await using (var db = await district.CreateDbContextAsync(ct))
        {
            stored = await db.Employees.CountAsync(ct) - before - warmUps;
        }
        Console.WriteLine($"{operators} operators × {saves} saves (after {warmUps} untimed warm-up saves) = {latencies.Count:N0} saves in {wall.Elapsed.TotalSeconds:F1} s; CPU {cpuPerSave:F1} ms per save " +
            $"(all threads; {compiled:N0} methods JIT-compiled meanwhile) (the load-independent figure: on {Environment.ProcessorCount} cores the queue clears {Environment.ProcessorCount * 1000 / Math.Max(0.1, cpuPerSave):N0} saves/s at most)");
        Console.WriteLine($"latency ms: p50 {Percentile(0.50):F0}  p95 {Percentile(0.95):F0}  max {latencies[^1]:F0}   (target p95 < 300, max < 1000)");
        Console.WriteLine($"errors: {errors}; rows stored: {stored:N0} of {latencies.Count:N0}; group commits: {batches - batchesBefore:N0} transactions " +
            $"for {writes - writesBefore:N0} saves ({(writes - writesBefore) / (double)Math.Max(1, batches - batchesBefore):F1} per transaction)");
        foreach (var (reason, times) in reasons.OrderByDescending(r => r.Value).Take(5))
        {
            Console.WriteLine($"  refused {times}×: {reason}");
        }
        return errors == 0 && stored == latencies.Count;
    }

    /// <summary>How many bench people one <see cref="SaveAtOnceAsync"/> call may use: the timed saves and at most ten warm-up rounds.</summary>
    internal static int PeopleUsed(int operators, int saves) => operators * saves + operators * WarmUpRounds;

    private const int WarmUpRounds = 10;

    private static StaffWriteQueue QueueOf(IDbContextFactory<ElectionDbContext> district)
    {
        using var db = district.CreateDbContext();
        return StaffWriteQueue.For(db);
    }

    /// <summary>
    /// Rounds of one untimed save per operator until a round compiles (almost) nothing new, at least two and at most
    /// ten, each followed by a pause until the JIT's background thread is idle; returns the rows saved.
    /// </summary>
    private static async Task<int> WarmUpAsync(IServiceProvider services, IDbContextFactory<ElectionDbContext> district, List<int> officeIds, int operators, int firstPerson, CancellationToken ct)
    {
        var saved = 0;
        for (var round = 0; round < WarmUpRounds; round++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            var first = firstPerson + round * operators;
            var outcomes = await Task.WhenAll(Enumerable.Range(0, operators).Select(n => Task.Run(async () =>
            {
                await using var clerk = Clerk.Start(services, district, n);
                return await clerk.Employees.SaveRowAsync(officeIds[n % officeIds.Count], ImportBenchDistrict.Person(first + n), ct);
            }, ct)));
            saved += outcomes.Count(o => o.Succeeded);
            await JitQuietAsync(ct);
            if (round >= 1 && System.Runtime.JitInfo.GetCompiledMethodCount() - compiled < 20)
            {
                break;
            }
        }
        return saved;
    }

    /// <summary>Waits (at most 5 s) until the JIT's background thread has compiled nothing for a quarter of a second.</summary>
    private static async Task JitQuietAsync(CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        var last = System.Runtime.JitInfo.GetCompiledMethodCount();
        do
        {
            await Task.Delay(250, ct);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == last)
            {
                return;
            }
            last = now;
        }
        while (deadline.Elapsed < TimeSpan.FromSeconds(5));
    }

    /// <summary>One operator: a service scope acting as that clerk, with the grid's <see cref="EmployeeService"/> on the bench district.</summary>
    private sealed class Clerk(AsyncServiceScope scope, EmployeeService employees) : IAsyncDisposable
    {
        public EmployeeService Employees => employees;

        public static Clerk Start(IServiceProvider services, IDbContextFactory<ElectionDbContext> district, int n)
        {
            var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs($"bench-operator-{n}");
            return new Clerk(scope, ActivatorUtilities.CreateInstance<EmployeeService>(scope.ServiceProvider, district));
        }

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
