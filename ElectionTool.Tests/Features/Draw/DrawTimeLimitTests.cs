using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Draw;

/// <summary>
/// A stage that finds no result within Draw:TimeLimitMinutes, or that the Admin stops, stores nothing and says so; the
/// attempt is in the audit log with its seed and why it ended.
/// </summary>
public sealed class DrawTimeLimitTests : IAsyncLifetime
{
    private readonly DrawLimitClock _clock = new(7);
    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync(new Dictionary<string, string?> { ["Draw:TimeLimitMinutes"] = "7" }, _clock);
        await _h.DistrictAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private DrawService Draws => _h.Get<DrawService>();

    [Fact]
    public async Task A_stage_that_reaches_the_time_limit_stores_nothing_and_the_attempt_is_audited()
    {
        _clock.LimitsPassAtOnce = true;

        var stopped = await Assert.ThrowsAsync<DrawStoppedException>(() => Draws.RunStageAsync(1, " 4 4 2 6 ", default));

        Assert.True(stopped.TimedOut);
        Assert.Contains("after 7 minutes without a result", stopped.Message);
        Assert.Contains("Nothing was stored", stopped.Message);
        await using var db = _h.Db();
        Assert.Equal(0, await db.Set<DrawRun>().CountAsync());
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "DrawStopped");
        Assert.Equal("1", entry.EntityKey);
        Assert.Contains("4 4 2 6", entry.After);
        Assert.Contains("no result within the time limit of 7 minutes", entry.After);
    }

    [Fact]
    public async Task The_same_stage_within_its_limit_is_stored_as_usual()
    {
        var run = await Draws.RunStageAsync(1, "4 4 2 6", default);

        Assert.True(run.Run.Feasible);
        await using var db = _h.Db();
        Assert.Equal(1, await db.Set<DrawRun>().CountAsync());
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "DrawStopped"));
    }

    [Fact]
    public async Task A_run_the_Admin_stops_stores_nothing_and_the_attempt_is_audited()
    {
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        var stopped = await Assert.ThrowsAsync<DrawStoppedException>(() => Draws.RunStageAsync(1, "9", stop.Token));

        Assert.False(stopped.TimedOut);
        Assert.Equal("The draw was stopped. Nothing was stored.", stopped.Message);
        await using var db = _h.Db();
        Assert.Equal(0, await db.Set<DrawRun>().CountAsync());
        Assert.Contains("stopped by the user", (await db.AuditEntries.SingleAsync(a => a.Action == "DrawStopped")).After);
    }

    [Fact]
    public async Task Verifying_a_run_is_held_to_the_same_limit()
    {
        var run = await Draws.RunStageAsync(1, "4 4 2 6", default);
        await Draws.AcceptAsync(run.Run.Id, default);
        _clock.LimitsPassAtOnce = true;

        var stopped = await Assert.ThrowsAsync<DrawStoppedException>(() => Draws.VerifyAsync(run.Run.Id, default));

        Assert.True(stopped.TimedOut);
        await using var db = _h.Db();
        Assert.Single(await db.AuditEntries.Where(a => a.Action == "DrawVerifyStopped").ToListAsync());
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "DrawVerified"));
    }
}
