using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Features.DutyLookup;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.DutyLookup;

/// <summary>The optional duty texts: off by default, queued when orders are issued and stations released, sent from the queue.</summary>
public sealed class DutySmsTests
{
    private static async Task<ServiceHarness> DistrictAsync(Dictionary<string, string?> settings)
    {
        var h = await ServiceHarness.CreateAsync(settings);
        await h.DistrictAsync();
        return h;
    }

    private static async Task<int> PersonsOnDutyAsync(ServiceHarness h, bool withStation)
    {
        await using var db = h.Db();
        return (await DutyRoster.ReleasedAsync(db, default)).Count(d => !withStation || d.StationNumber is not null);
    }

    [Fact]
    public async Task No_text_is_queued_while_the_setting_is_off()
    {
        await using var h = await DistrictAsync([]);
        await h.Get<DrawService>().AcceptAllAsync();

        await using var db = h.Db();
        Assert.Equal(0, await db.DutySms.CountAsync());
    }

    [Fact]
    public async Task Orders_issued_and_stations_released_each_send_one_text_per_person_through_the_outbox_and_are_audited()
    {
        await using var h = await DistrictAsync(new() { ["Sms:NotifyDuty"] = "true", ["Sms:Mode"] = "outbox" });
        var draws = h.Get<DrawService>();
        await draws.AcceptStageAsync(1);
        await draws.AcceptStageAsync(2);
        var drafted = await PersonsOnDutyAsync(h, withStation: false);

        Assert.True(drafted > 0);
        Assert.Equal(new DutySmsRun(drafted, 0), await h.Get<DutySmsQueue>().SendPendingAsync(10_000, default));
        await draws.AcceptStageAsync(3);
        var posted = await PersonsOnDutyAsync(h, withStation: true);
        Assert.Equal(new DutySmsRun(posted, 0), await h.Get<DutySmsQueue>().SendPendingAsync(10_000, default));

        await using var db = h.Db();
        var outbox = await db.SmsOutbox.AsNoTracking().ToListAsync();
        Assert.Equal(drafted, outbox.Count(m => m.Purpose == DutySmsQueue.OrdersIssued));
        Assert.Equal(posted, outbox.Count(m => m.Purpose == DutySmsQueue.StationReleased));
        Assert.Contains(outbox, m => m.Purpose == DutySmsQueue.StationReleased && m.Text.Contains("polling station", StringComparison.Ordinal));
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Action.StartsWith("DutySms")).Select(a => a.Action).ToListAsync();
        Assert.Equal(["DutySmsQueued", "DutySmsSent", "DutySmsQueued", "DutySmsSent"], audit);
    }

    [Fact]
    public async Task A_gateway_that_is_down_does_not_hold_up_the_orders_and_the_texts_wait_with_the_reason()
    {
        // Nothing listens on port 9 of the loopback: every send fails.
        await using var h = await DistrictAsync(new() { ["Sms:NotifyDuty"] = "true", ["Sms:Mode"] = "http", ["Sms:UrlTemplate"] = "http://127.0.0.1:9/send?to={mobile}&text={message}" });
        var draws = h.Get<DrawService>();
        await draws.AcceptStageAsync(1);
        var orders = await draws.AcceptStageAsync(2);

        Assert.Equal(DrawRunStatus.Accepted, orders.Status);
        var run = await h.Get<DutySmsQueue>().SendPendingAsync(10_000, default);
        Assert.Equal(0, run.Sent);
        await using var db = h.Db();
        var waiting = await db.DutySms.AsNoTracking().ToListAsync();
        Assert.Equal(waiting.Count, run.Failed);
        Assert.All(waiting, m => Assert.True(m.SentAt is null && m.Tries == 1 && !string.IsNullOrEmpty(m.LastError)));
        Assert.Contains(await db.AuditEntries.AsNoTracking().Where(a => a.Action == "DutySmsSent").Select(a => a.After!).ToListAsync(), a => a.Contains("\"Failed\":" + run.Failed, StringComparison.Ordinal));
    }
}
