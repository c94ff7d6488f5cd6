using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Draw;

/// <summary>Stage 1 while offices are still entering staff: the Admin is told what it leaves out, and must confirm.</summary>
public sealed class DrawEntryWindowTests : IAsyncLifetime
{
    private readonly FakeClock _clock = new();
    private ServiceHarness _h = default!;
    private Builders.DrawDistrict _district = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync(clock: _clock);
        _district = await _h.DistrictAsync();
        await using var db = _h.Db();
        // Deadline: 10 days ahead on the district's calendar (19 Dec 23:50 UTC is already 20 Dec in India).
        await db.Elections.ExecuteUpdateAsync(e => e.SetProperty(x => x.EntryDeadline, new DateTimeOffset(2026, 12, 30, 17, 0, 0, TimeSpan.FromHours(5.5))));
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private DrawService Draws => _h.Get<DrawService>();

    [Fact]
    public async Task Open_data_entry_shows_offices_not_finalized_staff_left_out_and_days_to_the_deadline()
    {
        var window = await Draws.EntryWindowAsync(default);

        Assert.True(window.IsOpen);
        Assert.Equal(1, window.OfficesNotFinalized);
        Assert.Equal(_district.PendingEmployeeIds.Count, window.StaffLeftOut);
        Assert.Equal(10, window.DaysToDeadline);
    }

    [Fact]
    public async Task Accepting_stage_one_early_needs_the_typed_confirmation_and_is_audited()
    {
        var run = await Draws.RunStageAsync(1, "4 4 2 6", default);

        var refused = await Assert.ThrowsAsync<DrawRefusedException>(() => Draws.AcceptAsync(run.Run.Id, "yes", default));
        Assert.Contains("ACCEPT EARLY", refused.Message);
        await Draws.AcceptAsync(run.Run.Id, " accept early ", default);

        await using var db = _h.Db();
        var warning = await db.AuditEntries.SingleAsync(a => a.Action == "DrawAcceptedEarly");
        Assert.Contains("1 office(s) not finalized", warning.After);
        Assert.Contains("10 day(s) to the data-entry deadline", warning.After);
        Assert.Equal(DrawRunStatus.Accepted, (await db.Set<DrawRun>().SingleAsync(r => r.Id == run.Run.Id)).Status);
    }

    [Fact]
    public async Task After_the_deadline_with_every_office_finalized_stage_one_is_accepted_without_a_warning()
    {
        await using (var db = _h.Db())
        {
            await db.Offices.ExecuteUpdateAsync(o => o.SetProperty(x => x.ListState, StaffListState.Finalized));
        }
        _clock.Advance(TimeSpan.FromDays(11));
        var run = await Draws.RunStageAsync(1, "4 4 2 6", default);

        await Draws.AcceptAsync(run.Run.Id, null, default);

        Assert.False((await Draws.EntryWindowAsync(default)).IsOpen);
        await using var check = _h.Db();
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Action == "DrawAcceptedEarly"));
    }
}
