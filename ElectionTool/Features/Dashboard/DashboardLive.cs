using ElectionTool.Features.Common;
using ElectionTool.Features.Employees;

namespace ElectionTool.Features.Dashboard;

/// <summary>A coalesced "something changed": how many staff-list changes the window absorbed, and when the first came.</summary>
public sealed record LiveUpdate(long Version, int Changes, DateTimeOffset FirstChangeAt);

/// <summary>Tuning for the live dashboards.</summary>
public sealed class DashboardLiveOptions
{
    /// <summary>Changes within this window after the first one are delivered as one update (throttle, trailing edge).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Screens re-read on this period even without a change (e.g. after a CLI import in another process).</summary>
    public TimeSpan FallbackRefresh { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Singleton between <see cref="StaffListNotifier"/> and the open screens: a burst of changes (1,000 rows of an import)
/// becomes one update per window, so each screen re-queries at most a few times a second however busy the offices are.
/// Latency from a change to the screens is at most the window plus the re-query.
/// </summary>
public sealed class DashboardLive : IDisposable
{
    private readonly Lock _gate = new();
    private readonly LiveUpdates<LiveUpdate> _screens;
    private readonly IDisposable _subscription;
    private readonly TimeProvider _time;
    private long _version;
    private int _pendingChanges;
    private DateTimeOffset _firstChangeAt;
    private bool _flushScheduled;
    private long _updatesDelivered;

    public DashboardLive(StaffListNotifier notifier, TimeProvider time, ILogger<DashboardLive> logger, Microsoft.Extensions.Options.IOptions<DashboardLiveOptions> options)
    {
        _time = time;
        _screens = new LiveUpdates<LiveUpdate>(logger);
        Options = options.Value;
        _subscription = notifier.Subscribe(OnChange);
    }

    public DashboardLiveOptions Options { get; }

    /// <summary>Increases with every staff-list change; a snapshot computed at an older version is stale.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Coalesced updates sent so far (each one reaches every subscriber once).</summary>
    public long UpdatesDelivered => Interlocked.Read(ref _updatesDelivered);

    public int SubscriberCount => _screens.SubscriberCount;

    public IDisposable Subscribe(Func<LiveUpdate, Task> handler) => _screens.Subscribe(handler);

    private Task OnChange(StaffListChange change)
    {
        Interlocked.Increment(ref _version);
        lock (_gate)
        {
            if (_pendingChanges++ == 0)
            {
                _firstChangeAt = _time.GetUtcNow();
            }
            if (_flushScheduled)
            {
                return Task.CompletedTask;
            }
            _flushScheduled = true;
        }
        _ = FlushAfterWindowAsync();
        return Task.CompletedTask;
    }

    private async Task FlushAfterWindowAsync()
    {
        await Task.Delay(Options.Window, _time);
        LiveUpdate update;
        lock (_gate)
        {
            // Cleared before delivering: a change arriving from now on schedules the next window.
            _flushScheduled = false;
            update = new LiveUpdate(Version, _pendingChanges, _firstChangeAt);
            _pendingChanges = 0;
        }
        Interlocked.Increment(ref _updatesDelivered);
        _screens.Publish(update);
    }

    public void Dispose() => _subscription.Dispose();
}
