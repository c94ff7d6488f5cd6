using System.Net;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace ElectionTool.Tests.Features.Common;

/// <summary>One district clock: at 23:50 UTC it is already tomorrow in India, and every date printed says so.</summary>
public sealed class DistrictClockTests : IAsyncLifetime
{
    private readonly FakeClock _time = new();
    private readonly AppFactory _app;

    public DistrictClockTests() => _app = new AppFactory().WithClock(_time);

    public async Task InitializeAsync()
    {
        await _app.WithDbAsync(async db =>
        {
            db.Offices.Add(new Office { Code = "EDU-001", Name = "Govt. School", Department = new Department { Code = "EDU", Name = "School Education" } });
            await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static DistrictClock Clock(TimeProvider time, string zone = "Asia/Kolkata") =>
        new(time, Options.Create(new DistrictOptions { TimeZone = zone }));

    [Fact]
    public void Just_before_midnight_UTC_the_district_date_is_already_the_next_day()
    {
        var clock = Clock(_time);

        Assert.Equal(new DateOnly(2026, 12, 20), clock.Today);
        Assert.Equal("20-12-2026 05:20", clock.Clock(clock.UtcNow));
        Assert.Equal("IST", clock.ZoneLabel);
        Assert.Equal(new DateTimeOffset(2026, 12, 20, 12, 30, 0, TimeSpan.Zero), clock.At(new DateOnly(2026, 12, 20), new TimeOnly(18, 0)));
    }

    [Fact]
    public void Another_district_time_zone_is_a_setting()
    {
        var clock = Clock(_time, "Asia/Kathmandu");

        Assert.Equal("20-12-2026 05:35", clock.Clock(clock.UtcNow));
        Assert.Equal("Asia/Kathmandu", clock.ZoneLabel);
    }

    [Fact]
    public async Task The_office_copy_is_dated_with_the_district_date_not_the_servers()
    {
        var office = 0;
        await _app.WithDbAsync(db =>
        {
            office = db.Offices.Single().Id;
            return Task.CompletedTask;
        });
        await _app.CreateUserAsync("op-edu", Roles.OfficeOperator, office);
        using var client = await _app.SignedInClientAsync("op-edu");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/office/print"));

        Assert.Contains("Date: 20-12-2026", html);
        Assert.DoesNotContain("Date: 19-12-2026", html);
    }
}
