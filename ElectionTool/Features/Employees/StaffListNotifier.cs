namespace ElectionTool.Features.Employees;

public enum StaffChangeKind
{
    RowsSaved,
    RowsDeleted,
    Finalized,
    Reopened,
    DeclaredStrengthChanged,
}

/// <summary>Something changed in one office's staff list.</summary>
public sealed record StaffListChange(int OfficeId, int DepartmentId, StaffChangeKind Kind, int Rows, DateTimeOffset At);

/// <summary>
/// Tells open screens (dashboards, pending lists) that an office's list changed. Singleton; subscribers
/// re-render through InvokeAsync(StateHasChanged) and are expected to coalesce bursts themselves.
/// </summary>
public sealed class StaffListNotifier(ILogger<StaffListNotifier> logger)
{
    private readonly Lock _gate = new();
    private readonly List<Func<StaffListChange, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<StaffListChange, Task> handler)
    {
        lock (_gate)
        {
            _subscribers.Add(handler);
        }
        return new Subscription(() =>
        {
            lock (_gate)
            {
                _subscribers.Remove(handler);
            }
        });
    }

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public void Publish(StaffListChange change)
    {
        Func<StaffListChange, Task>[] targets;
        lock (_gate)
        {
            targets = [.. _subscribers];
        }
        foreach (var target in targets)
        {
            // Fire and forget: a slow screen must never hold up the clerk who saved.
            _ = Deliver(target, change);
        }
    }

    private async Task Deliver(Func<StaffListChange, Task> target, StaffListChange change)
    {
        try
        {
            await target(change);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A staff-list subscriber failed");
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
