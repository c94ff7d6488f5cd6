namespace ElectionTool.Features.Common;

/// <summary>
/// Tells open screens that something changed: a singleton each screen subscribes to (the subscription is
/// disposed with the screen), and services publish to. Delivery is fire-and-forget, so a slow screen never
/// holds up the user who saved; a screen that throws is logged and the others still hear the news.
/// Screens re-render through InvokeAsync(StateHasChanged).
/// </summary>
public class LiveUpdates<T>(ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly List<Func<T, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<T, Task> handler)
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

    public void Publish(T change)
    {
        Func<T, Task>[] targets;
        lock (_gate)
        {
            targets = [.. _subscribers];
        }
        foreach (var target in targets)
        {
            _ = DeliverAsync(target, change);
        }
    }

    private async Task DeliverAsync(Func<T, Task> target, T change)
    {
        try
        {
            await target(change);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A screen failed to take a live update ({Change})", typeof(T).Name);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
