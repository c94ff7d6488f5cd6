using ElectionTool.Resources;

namespace ElectionTool.Features.Dashboard;

/// <summary>How long until (or since) the deadline, in words; dates and clock times come from <see cref="Common.DistrictClock"/>.</summary>
public static class DistrictTime
{
    /// <summary>"3 days 4 hours left", "5 hours 10 minutes left", or "closed 2 days ago".</summary>
    public static string Remaining(DateTimeOffset deadline, DateTimeOffset now)
    {
        var left = deadline - now;
        if (left <= TimeSpan.Zero)
        {
            var ago = now - deadline;
            return UiText.Format("closed {0} ago", ago.TotalDays >= 1 ? Days((int)ago.TotalDays) : Hours((int)ago.TotalHours));
        }
        return left.TotalDays >= 1
            ? UiText.Format("{0} {1} left", Days((int)left.TotalDays), Hours(left.Hours))
            : UiText.Format("{0} {1} left", Hours(left.Hours), Minutes(left.Minutes));
    }

    private static string Days(int n) => n == 1 ? UiText.Of("1 day") : UiText.Format("{0} days", n);

    private static string Hours(int n) => n == 1 ? UiText.Of("1 hour") : UiText.Format("{0} hours", n);

    private static string Minutes(int n) => n == 1 ? UiText.Of("1 minute") : UiText.Format("{0} minutes", n);
}
