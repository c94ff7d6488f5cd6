namespace ElectionTool.Features.Dashboard;

/// <summary>The district keeps Indian Standard Time: days on the charts and the feed's clock are IST days.</summary>
public static class DistrictTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(5.5);

    public static DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(Offset);

    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);

    public static string Clock(DateTimeOffset at) => Local(at).ToString("dd MMM, HH:mm");

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
