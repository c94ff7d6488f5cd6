using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Training;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Training;

public sealed class BatchEditTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private TrainingTestSupport.Batches _batches = default!;
    private BatchEditService _edit = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DistrictAsync();
        await _h.Get<DrawService>().AcceptStageAsync(1);
        _batches = await TrainingTestSupport.ScheduleAsync(_h.Services);
        await _h.Get<TrainingAllotmentService>().AllotAsync("7 7 1", default);
        _edit = _h.Get<BatchEditService>();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<int> AllottedAsync(int session)
    {
        await using var db = _h.Db();
        return await db.Set<TrainingSeat>().CountAsync(s => s.SessionId == session);
    }

    [Fact]
    public async Task A_batch_moves_to_a_new_date_and_time_and_the_change_is_audited()
    {
        var day = TrainingTestSupport.LaterDay.AddDays(3);

        await _edit.UpdateAsync(_batches.RoundTwo, new BatchChange(_batches.HallB, day, new TimeOnly(14, 0), new TimeOnly(17, 0), 60), default);

        await using var db = _h.Db();
        var session = await db.Set<TrainingSession>().SingleAsync(s => s.Id == _batches.RoundTwo);
        Assert.Equal((_batches.HallB, day, new TimeOnly(14, 0)), (session.HallId, session.Date, session.Start));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "TrainingSessionChanged"));
    }

    [Fact]
    public async Task Fewer_seats_than_people_allotted_are_refused()
    {
        var allotted = await AllottedAsync(_batches.RoundTwo);
        Assert.True(allotted > 1);

        var refused = await Assert.ThrowsAsync<TrainingRefusedException>(() =>
            _edit.UpdateAsync(_batches.RoundTwo, new BatchChange(_batches.HallA, TrainingTestSupport.LaterDay, new TimeOnly(10, 0), new TimeOnly(13, 0), allotted - 1), default));

        Assert.Contains($"{allotted} people are allotted to this batch", refused.Message);
        await using var db = _h.Db();
        Assert.Equal(60, (await db.Set<TrainingHall>().SingleAsync(h => h.Id == _batches.HallA)).Capacity);
    }

    [Fact]
    public async Task Seats_are_refused_when_another_batch_in_the_hall_would_not_fit()
    {
        await using (var db = _h.Db())
        {
            var seat = await db.Set<TrainingSeat>().Where(s => s.SessionId == _batches.RoundOneA).Select(s => s.Id).FirstAsync();
            await _h.Get<TrainingAllotmentService>().MoveAsync(seat, _batches.RoundOneB, default);
        }

        var thisBatch = await AllottedAsync(_batches.RoundOneA);
        var roundTwo = await AllottedAsync(_batches.RoundTwo);
        Assert.True(roundTwo > thisBatch);

        var refused = await Assert.ThrowsAsync<TrainingRefusedException>(() =>
            _edit.UpdateAsync(_batches.RoundOneA, new BatchChange(_batches.HallA, TrainingTestSupport.PastDay, new TimeOnly(10, 0), new TimeOnly(13, 0), thisBatch), default));

        Assert.Contains($"Batch {_batches.RoundTwo} in Main hall has {roundTwo} people allotted", refused.Message);
    }

    [Fact]
    public async Task A_time_that_puts_someone_in_two_batches_at_once_is_refused_with_their_name()
    {
        // Round 2 moved onto round 1's day and hours, in a hall free then: everyone in it already trains in round 1 at that time.
        var schedule = _h.Get<TrainingScheduleService>();
        var venue = await schedule.AddVenueAsync(new VenueInput("Block office", "", "", [new HallInput("Room 1", 200)]), default);
        var room = (await schedule.VenuesAsync(default)).Single(v => v.Id == venue).Halls[0].Id;

        var refused = await Assert.ThrowsAsync<TrainingRefusedException>(() =>
            _edit.UpdateAsync(_batches.RoundTwo, new BatchChange(room, TrainingTestSupport.PastDay, new TimeOnly(11, 0), new TimeOnly(12, 0), 200), default));

        Assert.Contains("have another batch at that time", refused.Message);
        Assert.Matches(@"\(\w{3}\d{7}, batch \d+\)", refused.Message);
    }

    [Fact]
    public async Task A_hall_already_taken_at_that_time_is_refused()
    {
        var refused = await Assert.ThrowsAsync<TrainingRefusedException>(() =>
            _edit.UpdateAsync(_batches.RoundTwo, new BatchChange(_batches.HallB, TrainingTestSupport.PastDay, new TimeOnly(12, 0), new TimeOnly(14, 0), 60), default));

        Assert.Contains("already has a batch at that time", refused.Message);
    }

    [Fact]
    public async Task A_batch_whose_attendance_was_taken_keeps_its_time()
    {
        await using (var db = _h.Db())
        {
            var seat = await db.Set<TrainingSeat>().FirstAsync(s => s.SessionId == _batches.RoundTwo);
            seat.AttendedAt = DateTimeOffset.UnixEpoch;
            await db.SaveChangesAsync();
        }

        var refused = await Assert.ThrowsAsync<TrainingRefusedException>(() =>
            _edit.UpdateAsync(_batches.RoundTwo, new BatchChange(_batches.HallA, TrainingTestSupport.LaterDay, new TimeOnly(15, 0), new TimeOnly(16, 0), 60), default));

        Assert.Contains("Attendance has been taken", refused.Message);
    }

    [Fact]
    public async Task Moving_several_people_reports_each_refusal_and_moves_the_rest()
    {
        await using var db = _h.Db();
        var seats = await db.Set<TrainingSeat>().Where(s => s.SessionId == _batches.RoundOneA).OrderBy(s => s.Id).Take(3).Select(s => s.Id).ToListAsync();
        var attended = seats[2];
        await db.Set<TrainingSeat>().Where(s => s.Id == attended).ExecuteUpdateAsync(s => s.SetProperty(x => x.AttendedAt, DateTimeOffset.UnixEpoch));

        var report = await _h.Get<TrainingAllotmentService>().MoveManyAsync(seats, _batches.RoundOneB, default);

        Assert.Equal(2, report.Moved);
        Assert.Contains("already attended", Assert.Single(report.Refused));
        Assert.Equal(2, await db.Set<TrainingSeat>().CountAsync(s => seats.Contains(s.Id) && s.SessionId == _batches.RoundOneB));
    }
}
