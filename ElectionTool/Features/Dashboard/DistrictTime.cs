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
            return ago.TotalDays >= 1 ? $"closed {Plural((int)ago.TotalDays, "day")} ago" : $"closed {Plural((int)ago.TotalHours, "hour")} ago";
        }
        return left.TotalDays >= 1
            ? $"{Plural((int)left.TotalDays, "day")} {Plural(left.Hours, "hour")} left"
            : $"{Plural(left.Hours, "hour")} {Plural(left.Minutes, "minute")} left";
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
