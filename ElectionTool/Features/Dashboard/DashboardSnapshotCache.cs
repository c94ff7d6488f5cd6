namespace ElectionTool.Features.Dashboard;

/// <summary>
/// One computed snapshot per scope, shared by every open screen: 100 district dashboards cost one re-query per live
/// update, not 100. A snapshot is reused while no staff list has changed since it was started, for at most
/// <see cref="MaxAge"/> (changes made by another process, such as a CLI import, are not announced).
/// </summary>
public sealed class DashboardSnapshotCache(DashboardService dashboard, DashboardLive live, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = [];
    private long _computations;

    /// <summary>How many times the figures were actually computed (for the benchmark and tests).</summary>
    public long Computations => Interlocked.Read(ref _computations);

    public Task<DashboardSnapshot> GetAsync(DashboardScope scope, CancellationToken ct)
    {
        var version = live.Version;
        var now = time.GetUtcNow();
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(scope.Key, out var current) || current.Version < version || now - current.StartedAt > MaxAge || current.Task.IsFaulted || current.Task.IsCanceled)
            {
                Interlocked.Increment(ref _computations);
                // Not the caller's token: other screens wait on the same computation.
                current = new Entry(version, now, Task.Run(() => dashboard.GetSnapshotAsync(scope, CancellationToken.None), CancellationToken.None));
                _entries[scope.Key] = current;
            }
            entry = current;
        }
        return entry.Task.WaitAsync(ct);
    }

    private sealed record Entry(long Version, DateTimeOffset StartedAt, Task<DashboardSnapshot> Task);
}
