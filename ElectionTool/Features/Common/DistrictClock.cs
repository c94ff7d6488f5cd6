using System.Globalization;
using ElectionTool.Hosting;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Common;

/// <summary>
/// The one clock of the app: the current instant from <see cref="TimeProvider"/> (a fake one in tests) and
/// the district's time zone (<c>District:TimeZone</c>, India by default), so a certificate signed at 00:30
/// IST carries that day's date even on a server that keeps UTC.
/// </summary>
public sealed class DistrictClock(TimeProvider time, IOptions<DistrictOptions> district)
{
    private readonly TimeZoneInfo _zone = FindZone(district.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    /// <summary>Short name for labels: "IST" for India, otherwise the zone's id.</summary>
    public string ZoneLabel => _zone.BaseUtcOffset == TimeSpan.FromHours(5.5) ? "IST" : _zone.Id;

    /// <summary>Now, as an instant (store this).</summary>
    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>Now, on the district's wall clock (show this).</summary>
    public DateTimeOffset Now => Local(UtcNow);

    public DateOnly Today => Day(UtcNow);

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone);

    public DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);

    public string Format(DateTimeOffset at, string format) => Local(at).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A district time as a page shows it ("14:05"): <see cref="Format"/>, in Devanagari digits when the district asks for them in Hindi.</summary>
    public string Shown(DateTimeOffset at, string format) => Language.IndianFormat.Digits(Format(at, format));

    /// <summary>"19-12-2026 14:05" in district time: dd-mm-yyyy as every date the interface shows, in Devanagari digits when the district asks for them in Hindi.</summary>
    public string Clock(DateTimeOffset at) => Shown(at, Language.AppCultures.DatePattern + " HH:mm");

    /// <summary>The instant a district wall-clock time happens, e.g. the deadline 20-12-2026 18:00 in India.</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Whole days from today (district dates) to the deadline's date; negative once it has passed.</summary>
    public int DaysUntil(DateTimeOffset deadline) => Day(deadline).DayNumber - Today.DayNumber;

    private const string India = "Asia/Kolkata";

    private static TimeZoneInfo FindZone(string id)
    {
        id = string.IsNullOrWhiteSpace(id) ? India : id.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id == India)
        {
            // A server without tz data (some containers) still keeps India's fixed offset.
            return TimeZoneInfo.CreateCustomTimeZone(India, TimeSpan.FromHours(5.5), "India Standard Time", "IST"); // English: the zone's system name, never shown (labels use ZoneLabel)
        }
    }
}
