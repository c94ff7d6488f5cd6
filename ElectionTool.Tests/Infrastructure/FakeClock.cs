namespace ElectionTool.Tests.Infrastructure;

/// <summary>A clock the test sets and moves by hand, instead of sleeping or editing "4 hours" strings.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>19 Dec 2026, 23:50 UTC: already 20 Dec (05:20) in India, so a UTC date shows up as wrong.</summary>
    public static readonly DateTimeOffset JustBeforeMidnightUtc = new(2026, 12, 19, 23, 50, 0, TimeSpan.Zero);

    private DateTimeOffset _now = start;

    public FakeClock()
        : this(JustBeforeMidnightUtc)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset to) => _now = to;
}
