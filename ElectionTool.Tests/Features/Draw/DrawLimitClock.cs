using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Draw;

/// <summary>
/// The test clock for Draw:TimeLimitMinutes: once told, a timer set for exactly that limit is already due when it is set,
/// so a draw's limit passes before its first step. Every other timer runs as usual.
/// </summary>
public sealed class DrawLimitClock(double limitMinutes) : TimeProvider
{
    public bool LimitsPassAtOnce { get; set; }

    public override DateTimeOffset GetUtcNow() => FakeClock.JustBeforeMidnightUtc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (!LimitsPassAtOnce || dueTime != TimeSpan.FromMinutes(limitMinutes))
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        callback(state);
        return System.CreateTimer(_ => { }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }
}
