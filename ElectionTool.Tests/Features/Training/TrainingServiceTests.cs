using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Training;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Training;

public sealed class TrainingServiceTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private TrainingTestSupport.Batches _batches = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DistrictAsync();
        await _h.Get<DrawService>().AcceptStageAsync(1);
        _batches = await TrainingTestSupport.ScheduleAsync(_h.Services);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Allotment_gives_every_drafted_person_a_batch_of_each_round_and_audits_seed_and_hashes()
    {
        var drafted = (await _h.Get<DraftedStaff>().LoadAsync(default)).People;

        var summary = await _h.Get<TrainingAllotmentService>().AllotAsync("  3 1  4 ", default);

        Assert.Equal("3 1 4", summary.Seed);
        Assert.Empty(summary.Unplaced);
        Assert.Equal(drafted.Count * 2, summary.Placed);
        await using var db = _h.Db();
        Assert.Equal(drafted.Count, await db.Set<TrainingSeat>().CountAsync(s => s.Round == 1));
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "TrainingAllotted");
        Assert.Contains(summary.InputHash, audit.After);
        Assert.Contains(summary.OutputHash, audit.After);
        Assert.Contains("3 1 4", audit.After);
    }

    [Fact]
    public async Task Running_the_allotment_again_keeps_the_batches_given()
    {
        var allot = _h.Get<TrainingAllotmentService>();
        await allot.AllotAsync("1", default);

        var again = await allot.AllotAsync("2", default);

        Assert.Equal(0, again.Placed);
    }

    [Fact]
    public async Task A_scan_marks_present_with_the_time_and_a_second_scan_changes_nothing()
    {
        await _h.Get<TrainingAllotmentService>().AllotAsync("1", default);
        var (epic, session) = await FirstSeatAsync(1);
        var desk = _h.Get<AttendanceService>();

        var first = await desk.MarkAsync(session, $" {epic.ToLowerInvariant()} ", default);
        var second = await desk.MarkAsync(session, epic, default);

        Assert.Equal(AttendanceKind.Marked, first.Kind);
        Assert.NotNull(first.At);
        Assert.Equal(AttendanceKind.AlreadyMarked, second.Kind);
        Assert.Equal(first.At!.Value, second.At!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Contains("Nothing changed", second.Message);
        await using var db = _h.Db();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "TrainingAttended"));
    }

    [Fact]
    public async Task Someone_from_another_batch_is_refused_with_their_own_batch_named()
    {
        await _h.Get<TrainingAllotmentService>().AllotAsync("1", default);
        var (epic, session) = await FirstSeatAsync(1);
        var other = session == _batches.RoundOneA ? _batches.RoundOneB : _batches.RoundOneA;

        var result = await _h.Get<AttendanceService>().MarkAsync(other, epic, default);

        Assert.Equal(AttendanceKind.OtherBatch, result.Kind);
        Assert.Contains("not in this batch", result.Message);
        Assert.Contains($"batch {session}", result.Message);
        await using var db = _h.Db();
        Assert.False(await db.Set<TrainingSeat>().AnyAsync(s => s.AttendedAt != null));
    }

    [Fact]
    public async Task An_unknown_code_is_refused_with_a_message()
    {
        var result = await _h.Get<AttendanceService>().MarkAsync(_batches.RoundOneA, "ZZZ9999999", default);

        Assert.Equal(AttendanceKind.NotFound, result.Kind);
        Assert.Contains("ZZZ9999999", result.Message);
    }

    [Fact]
    public async Task Absentees_get_notices_and_one_can_be_sent_to_a_later_batch()
    {
        await _h.Get<TrainingAllotmentService>().AllotAsync("1", default);
        var (epic, session) = await FirstSeatAsync(1);
        await _h.Get<AttendanceService>().MarkAsync(session, epic, default);
        var absentees = _h.Get<AbsenteeService>();

        var issued = await absentees.IssueNoticesAsync(session, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5)), default);
        var again = await absentees.IssueNoticesAsync(session, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5)), default);
        var page = await _h.Get<TrainingAllotmentService>().SeatsAsync(session, true, new PageRequest(0, 500), default);

        Assert.Equal(page.Total, issued);
        Assert.Equal(0, again);
        Assert.All(page.Items, r => Assert.Equal(ShowCauseOutcome.AwaitingReply, r.Notice));
        Assert.DoesNotContain(page.Items, r => r.Epic == epic);

        // A later batch of round 1 is needed to send them back to round 1.
        var schedule = _h.Get<TrainingScheduleService>();
        var later = await schedule.AddSessionAsync(new SessionInput(_batches.HallB, 1, TrainingTestSupport.LaterDay, new TimeOnly(14, 0), new TimeOnly(17, 0), TrainingTestSupport.AllDuties), default);
        var absent = page.Items[0];
        await absentees.RecordOutcomeAsync(absent.SeatId, "Was on medical leave; certificate attached.", ShowCauseOutcome.SentToLaterSession, later, default);

        await using var db = _h.Db();
        var seat = await db.Set<TrainingSeat>().SingleAsync(s => s.Id == absent.SeatId);
        Assert.Equal(later, seat.SessionId);
        var notice = await db.Set<ShowCauseNotice>().SingleAsync(n => n.SeatId == absent.SeatId);
        Assert.Equal(ShowCauseOutcome.SentToLaterSession, notice.Outcome);
        Assert.Equal("Was on medical leave; certificate attached.", notice.Reply);
    }

    [Fact]
    public async Task Notices_are_refused_before_the_batch_is_over()
    {
        await _h.Get<TrainingAllotmentService>().AllotAsync("1", default);

        var refused = await Assert.ThrowsAsync<TrainingRefusedException>(() =>
            _h.Get<AbsenteeService>().IssueNoticesAsync(_batches.RoundTwo, TrainingTestSupport.LaterDay.AddDays(3), default));

        Assert.Contains("not ended", refused.Message);
    }

    [Fact]
    public async Task A_move_into_a_full_batch_is_refused()
    {
        var schedule = _h.Get<TrainingScheduleService>();
        await _h.Get<TrainingAllotmentService>().AllotAsync("1", default);
        var venue = await schedule.AddVenueAsync(new VenueInput("Tiny room", "", "", [new HallInput("Room", 1)]), default);
        var room = (await schedule.VenuesAsync(default)).Single(v => v.Id == venue).Halls[0].Id;
        var tiny = await schedule.AddSessionAsync(new SessionInput(room, 1, TrainingTestSupport.LaterDay, new TimeOnly(9, 0), new TimeOnly(9, 30), TrainingTestSupport.AllDuties), default);
        await using var db = _h.Db();
        var seats = await db.Set<TrainingSeat>().Where(s => s.Round == 1).OrderBy(s => s.Id).Take(2).ToListAsync();
        var allot = _h.Get<TrainingAllotmentService>();

        await allot.MoveAsync(seats[0].Id, tiny, default);
        var refused = await Assert.ThrowsAsync<TrainingRefusedException>(() => allot.MoveAsync(seats[1].Id, tiny, default));

        Assert.Contains("full", refused.Message);
    }

    private async Task<(string Epic, int Session)> FirstSeatAsync(int round)
    {
        await using var db = _h.Db();
        var seat = await db.Set<TrainingSeat>().Where(s => s.Round == round).OrderBy(s => s.Id).Select(s => new { s.Employee!.Epic, s.SessionId }).FirstAsync();
        return (seat.Epic, seat.SessionId);
    }
}
