using System.Diagnostics;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Employees;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ElectionTool.Cli;

/// <summary>
/// Times the dashboard on a synthetic district of the stated scale in a temporary database (the live one is not
/// touched): first computation, recompute after a change, and N simulated screens on the live, coalescing path.
/// </summary>
public sealed class BenchDashboardCommand : ICliCommand
{
    public string Name => "bench-dashboard";
    public string Usage => "bench-dashboard [--offices 2000] [--employees 60000] [--stations 3000] [--subscribers 100] [--burst 1000] [--state] [--draw] [--keep] [--db FILE] [--profile]";
    public string Summary => "Benchmarks the dashboard figures (staff counts beside the old full scan) and live updates on a temporary synthetic district; --state adds a state-size figure (60,000 offices, 1.8 million employees).";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var (offices, employees, stations) = (args.GetInt("offices", 2000), args.GetInt("employees", 60_000), args.GetInt("stations", 3000));
        var (subscribers, burst) = (args.GetInt("subscribers", 100), args.GetInt("burst", 1000));
        var (keep, profile) = (args.Has("keep"), args.Has("profile"));
        if (args.Get("db") is { } existing)
        {
            // A bench file kept by an earlier --keep run: no seeding, not deleted.
            await using var kept = BenchDatabase.Open(existing, profile, keep: true);
            await MeasureRecomputeAsync(kept.Factory, runs: 3, ct);
            return 0;
        }
        await using (var district = await BenchDatabase.CreateAsync(offices, employees, stations, ct))
        {
            var dashboard = new DashboardService(district.Factory, BenchClock);
            await MeasureQueriesAsync(dashboard, district.Factory, ct);
            await MeasureLiveAsync(dashboard, district.Factory, subscribers, burst, ct);
            if (args.Has("draw"))
            {
                await DrawStagesBench.MeasureAsync("SQLite district", district.Factory, units: null, ct);
            }
        }

        if (args.Has("state"))
        {
            Console.WriteLine();
            await using var state = await BenchDatabase.CreateAsync(60_000, 1_800_000, 90_000, ct, profile, keep);
            await MeasureRecomputeAsync(state.Factory, runs: 3, ct);
        }
        return 0;
    }

    private static readonly Features.Common.DistrictClock BenchClock =
        new(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new Hosting.DistrictOptions()));

    private static async Task MeasureQueriesAsync(DashboardService dashboard, IDbContextFactory<ElectionDbContext> factory, CancellationToken ct)
    {
        var first = await dashboard.GetSnapshotAsync(DashboardScope.District, ct);
        Console.WriteLine($"First computation (cold): {first.ComputeTime.TotalMilliseconds:N0} ms — {first.Headline.Finalized:N0} finalized offices, {first.Pool.Total:N0} staff, pool {first.Availability.PoolAfterCouples:N0}");
        await MeasureRecomputeAsync(factory, runs: 5, ct);

        await FinalizeOneAsync(factory, ct);
        var after = await dashboard.GetSnapshotAsync(DashboardScope.District, ct);
        Console.WriteLine($"Recompute after a finalize: {after.ComputeTime.TotalMilliseconds:N0} ms ({after.Headline.Finalized:N0} finalized)");

        var nodal = DashboardScope.Departments([1, 2], "D01, D02");
        var scoped = await dashboard.GetSnapshotAsync(nodal, ct);
        Console.WriteLine($"Nodal officer's view (2 of 25 departments): {scoped.ComputeTime.TotalMilliseconds:N0} ms ({scoped.Headline.Offices:N0} offices)");
    }

    /// <summary>Warm recompute from the staff counts, beside the old full scan of the employees, in the same run and database.</summary>
    private static async Task MeasureRecomputeAsync(IDbContextFactory<ElectionDbContext> factory, int runs, CancellationToken ct)
    {
        var counted = new DashboardService(factory, BenchClock);
        var scanned = new DashboardService(factory, BenchClock) { FullScan = true };
        await counted.GetSnapshotAsync(DashboardScope.District, ct);
        await scanned.GetSnapshotAsync(DashboardScope.District, ct);
        var (fast, slow, fastCpu, slowCpu) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        DashboardSnapshot? a = null, b = null;
        var process = Process.GetCurrentProcess();
        TimeSpan Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        for (var i = 0; i < runs; i++)
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
        var same = a!.Pool.ByGender.SequenceEqual(b!.Pool.ByGender) && (a.Pool.ByGender.SequenceEqual(b.Pool.ByGender) && a.Pool.ByPayLevel.SequenceEqual(b.Pool.ByPayLevel)
            && a.Availability.Steps.SequenceEqual(b.Availability.Steps) && a.Availability.Roles.SequenceEqual(b.Availability.Roles)
            && a.Availability.Duties.SequenceEqual(b.Availability.Duties) && a.Availability.PoolAfterCouples == b.Availability.PoolAfterCouples && a.Departments.SequenceEqual(b.Departments));
        Console.WriteLine($"Recompute, warm ({runs} runs, {a.Pool.Total:N0} employees): from staff counts median {Median(fast):N0} ms (CPU {Median(fastCpu):N0} ms), max {fast.Max():N0} ms — " +
            $"baseline full scan (the old way) median {Median(slow):N0} ms (CPU {Median(slowCpu):N0} ms), max {slow.Max():N0} ms; same figures: {(same ? "yes" : "NO")}");
    }

    /// <summary>A temporary database holding a synthetic district; deleted on dispose.</summary>
    private sealed class BenchDatabase(string path, BenchDatabase.ContextFactory factory, bool keep = false) : IAsyncDisposable
    {
        public IDbContextFactory<ElectionDbContext> Factory => factory;

        /// <summary>A context per call, as the app's factory gives (a pooled factory refuses the context's OnConfiguring).</summary>
        public sealed class ContextFactory(DbContextOptions<ElectionDbContext> options) : IDbContextFactory<ElectionDbContext>
        {
            public ElectionDbContext CreateDbContext() => new(options);
        }

        public static BenchDatabase Open(string path, bool profile, bool keep) => new(path, NewFactory(path, profile), keep);

        /// <summary>With <paramref name="profile"/>, every SQL command is printed with its time (where a recompute spends it).</summary>
        private static ContextFactory NewFactory(string path, bool profile)
        {
            var options = new DbContextOptionsBuilder<ElectionDbContext>().UseSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
            if (profile)
            {
                options.LogTo(line => Console.WriteLine("  " + line.ReplaceLineEndings(" ")), [RelationalEventId.CommandExecuted], LogLevel.Information,
                    DbContextLoggerOptions.None);
            }
            return new ContextFactory(options.Options);
        }

        public static async Task<BenchDatabase> CreateAsync(int offices, int employees, int stations, CancellationToken ct, bool profile = false, bool keep = false)
        {
            var path = Path.Combine(Path.GetTempPath(), $"electiontool-bench-{Guid.NewGuid():N}.db");
            var connection = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
            var factory = NewFactory(path, profile);
            var clock = Stopwatch.StartNew();
            await using (var db = factory.CreateDbContext())
            {
                await db.Database.MigrateAsync(ct);
                await DashboardBenchDistrict.SeedAsync(db, connection, offices, employees, stations, ct);
            }
            Console.WriteLine($"Seeded {offices:N0} offices, {employees:N0} employees, {stations:N0} stations in {clock.ElapsedMilliseconds:N0} ms ({path})");
            return new BenchDatabase(path, factory, keep);
        }

        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            if (keep)
            {
                Console.WriteLine($"Kept {path} (bench-dashboard --db {path} measures it again)");
                return ValueTask.CompletedTask;
            }
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
            return ValueTask.CompletedTask;
        }
    }

    private static async Task MeasureLiveAsync(DashboardService dashboard, IDbContextFactory<ElectionDbContext> factory, int subscribers, int burst, CancellationToken ct)
    {
        var notifier = new StaffListNotifier(NullLogger<StaffListNotifier>.Instance);
        using var live = new DashboardLive(notifier, TimeProvider.System, NullLogger<DashboardLive>.Instance,
            Microsoft.Extensions.Options.Options.Create(new DashboardLiveOptions()));
        var cache = new DashboardSnapshotCache(dashboard, live, TimeProvider.System);
        var screens = Enumerable.Range(0, subscribers).Select(_ => new SimulatedScreen(cache)).ToList();
        var subscriptions = screens.Select(s => live.Subscribe(s.OnUpdateAsync)).ToList();
        await cache.GetAsync(DashboardScope.District, ct);

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var (computationsBefore, updatesBefore) = (cache.Computations, live.UpdatesDelivered);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < burst; i++)
        {
            notifier.Publish(new StaffListChange(1, 1, StaffChangeKind.RowsSaved, 1, DateTimeOffset.UtcNow));
        }
        var published = clock.Elapsed;
        await WaitUntilAsync(() => screens.All(s => s.Refreshes > 0), TimeSpan.FromSeconds(10));
        await Task.Delay(live.Options.Window * 3, ct);
        process.Refresh();
        Console.WriteLine($"Burst of {burst:N0} changes ({published.TotalMilliseconds:N0} ms to publish) with {subscribers} screens open: " +
            $"{live.UpdatesDelivered - updatesBefore} coalesced update(s), {cache.Computations - computationsBefore} recompute(s), " +
            $"{screens.Sum(s => s.Refreshes)} screen refreshes, CPU {(process.TotalProcessorTime - cpuBefore).TotalMilliseconds:N0} ms");

        var latencies = new List<(double First, double Last)>();
        for (var round = 0; round < 5; round++)
        {
            var officeId = await FinalizeOneAsync(factory, ct);
            screens.ForEach(s => s.Reset());
            notifier.Publish(new StaffListChange(officeId, 1, StaffChangeKind.Finalized, 30, DateTimeOffset.UtcNow));
            await WaitUntilAsync(() => screens.All(s => s.Refreshes > 0), TimeSpan.FromSeconds(10));
            latencies.Add((screens.Min(s => s.LastRefreshAt!.Value - s.ResetAt).TotalMilliseconds, screens.Max(s => s.LastRefreshAt!.Value - s.ResetAt).TotalMilliseconds));
        }
        Console.WriteLine($"Finalize → all {subscribers} screens hold the new figures (5 rounds, window {live.Options.Window.TotalMilliseconds:N0} ms): " +
            $"first screen median {Median(latencies.Select(l => l.First)):N0} ms, last screen median {Median(latencies.Select(l => l.Last)):N0} ms, worst {latencies.Max(l => l.Last):N0} ms");
        Console.WriteLine($"Managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1024 / 1024:N0} MB, working set {process.WorkingSet64 / 1024 / 1024:N0} MB " +
            "(simulated screens share one cached snapshot; a real circuit adds its render tree on top).");
        subscriptions.ForEach(s => s.Dispose());
    }

    /// <summary>What a finalize writes (state, timestamp, list event); the service's checks are not what is measured.</summary>
    private static async Task<int> FinalizeOneAsync(IDbContextFactory<ElectionDbContext> factory, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var office = await db.Offices.Where(o => o.ListState != StaffListState.Finalized).OrderBy(o => o.Id).FirstAsync(ct);
        var now = DateTimeOffset.UtcNow;
        (office.ListState, office.FinalizedAt, office.LastActivityAt) = (StaffListState.Finalized, now, now);
        db.ListEvents.Add(new ListEvent { OfficeId = office.Id, Kind = ListEventKind.Finalized, At = now, UserName = "bench", StaffCount = office.DeclaredTotal });
        await db.SaveChangesAsync(ct);
        return office.Id;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < timeout)
        {
            await Task.Delay(5);
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>Stands in for one open dashboard circuit: on each update it reads the figures, as the page does.</summary>
    private sealed class SimulatedScreen(DashboardSnapshotCache cache)
    {
        private int _refreshes;

        public int Refreshes => Volatile.Read(ref _refreshes);
        public DateTimeOffset ResetAt { get; private set; } = DateTimeOffset.UtcNow;
        public DateTimeOffset? LastRefreshAt { get; private set; }

        public void Reset()
        {
            Interlocked.Exchange(ref _refreshes, 0);
            ResetAt = DateTimeOffset.UtcNow;
            LastRefreshAt = null;
        }

        public async Task OnUpdateAsync(LiveUpdate update)
        {
            await cache.GetAsync(DashboardScope.District, CancellationToken.None);
            LastRefreshAt = DateTimeOffset.UtcNow;
            Interlocked.Increment(ref _refreshes);
        }
    }
}
