namespace ElectionTool.Draw;

/// <summary>
/// Stops a draw that runs too long, or that the Admin stops. Every step of every draw (polling parties, field duties,
/// counting) takes its chances from <see cref="DrawRandom"/>, and none goes long without one, so the generator looks at
/// the stop before each block it makes. A stopped stage throws <see cref="OperationCanceledException"/> and returns
/// nothing. A stage that finishes is untouched: the stop never changes a result, it can only prevent one.
/// </summary>
public static class DrawStop
{
    [ThreadStatic]
    private static CancellationToken stop;

    /// <summary>Runs <paramref name="work"/> on this thread, stopping it (with <see cref="OperationCanceledException"/>) once <paramref name="token"/> is cancelled.</summary>
    public static T Within<T>(CancellationToken token, Func<T> work)
    {
        var previous = stop;
        stop = token;
        try
        {
            return work();
        }
        finally
        {
            stop = previous;
        }
    }

    internal static void ThrowIfRequested() => stop.ThrowIfCancellationRequested();
}
