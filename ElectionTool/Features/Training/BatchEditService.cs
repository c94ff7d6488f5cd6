using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Training;

/// <summary>A batch's new hall, date and time, and the seats of its hall (shared by every batch held there).</summary>
public sealed record BatchChange(int HallId, DateOnly Date, TimeOnly Start, TimeOnly End, int HallCapacity);

/// <summary>
/// Changes a batch after it was set up: another hall, date or time, or the hall's seats. Refused when the hall is taken
/// then, the seats would not hold the people already allotted, or someone allotted would be in two batches at once.
/// </summary>
public sealed class BatchEditService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
{
    public async Task UpdateAsync(int sessionId, BatchChange change, CancellationToken ct)
    {
        if (change.End <= change.Start)
        {
            throw new TrainingRefusedException(UiText.Of("The batch must end after it starts."));
        }

        if (change.HallCapacity is < 1 or > 5000)
        {
            throw new TrainingRefusedException(UiText.Of("The hall's seats must be between 1 and 5000."));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.Set<TrainingSession>().FirstOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new TrainingRefusedException(UiText.Of("That batch no longer exists."));
        var hall = await db.Set<TrainingHall>().Include(h => h.Venue).FirstOrDefaultAsync(h => h.Id == change.HallId && h.Venue!.ElectionId == session.ElectionId, ct)
            ?? throw new TrainingRefusedException(UiText.Of("Choose a hall of one of this election's venues."));
        var before = new { session.HallId, session.Date, session.Start, session.End, HallCapacity = hall.Capacity };
        var moved = session.HallId != change.HallId || session.Date != change.Date || session.Start != change.Start || session.End != change.End;
        if (moved && await db.Set<TrainingSeat>().AnyAsync(s => s.SessionId == sessionId && s.AttendedAt != null, ct))
        {
            throw new TrainingRefusedException(UiText.Of("Attendance has been taken in this batch: its hall, date and time stay as they were."));
        }

        if (await TrainingScheduleService.HallTakenAsync(db, change.HallId, change.Date, change.Start, change.End, sessionId, ct))
        {
            throw new TrainingRefusedException(UiText.Format("{0}, {1} already has a batch at that time on {2:dd-MM-yyyy}.", hall.Venue!.Name, hall.Name, change.Date));
        }

        await RefuseOverfullAsync(db, hall, sessionId, change.HallCapacity, ct);
        await RefuseClashesAsync(db, session, change, ct);

        session.HallId = change.HallId;
        session.Date = change.Date;
        session.Start = change.Start;
        session.End = change.End;
        hall.Capacity = change.HallCapacity;
        AuditLog.Record(db, await currentUser.GetNameAsync(), "TrainingSessionChanged", nameof(TrainingSession), $"{sessionId}", before, change);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Every batch that will be held in the hall (this one included) must still seat the people allotted to it.</summary>
    private static async Task RefuseOverfullAsync(ElectionDbContext db, TrainingHall hall, int sessionId, int capacity, CancellationToken ct)
    {
        var inHall = await db.Set<TrainingSession>().Where(s => s.HallId == hall.Id || s.Id == sessionId).Select(s => s.Id).ToListAsync(ct);
        var fullest = await db.Set<TrainingSeat>().Where(s => inHall.Contains(s.SessionId)).GroupBy(s => s.SessionId)
            .Select(g => new { Session = g.Key, People = g.Count() }).OrderByDescending(g => g.People).FirstOrDefaultAsync(ct);
        if (fullest is not null && fullest.People > capacity)
        {
            throw new TrainingRefusedException(fullest.Session == sessionId
                ? UiText.Format("{0} people are allotted to this batch: {1} seats cannot hold them. Move some to another batch first.", fullest.People, capacity)
                : UiText.Format("Batch {0} in {1} has {2} people allotted: {3} seats cannot hold them.", fullest.Session, hall.Name, fullest.People, capacity));
        }
    }

    /// <summary>Nobody allotted to this batch may have another batch overlapping its new time.</summary>
    private static async Task RefuseClashesAsync(ElectionDbContext db, TrainingSession session, BatchChange change, CancellationToken ct)
    {
        var start = change.Date.ToDateTime(change.Start);
        var end = change.Date.ToDateTime(change.End);
        var people = db.Set<TrainingSeat>().Where(s => s.SessionId == session.Id).Select(s => s.EmployeeId);
        var others = await db.Set<TrainingSeat>().AsNoTracking()
            .Where(s => s.ElectionId == session.ElectionId && s.SessionId != session.Id && people.Contains(s.EmployeeId))
            .Select(s => new { s.Employee!.Name, s.Employee.Epic, s.SessionId, s.Session!.Date, s.Session.Start, s.Session.End })
            .ToListAsync(ct);
        var clashes = others.Where(o => o.Date.ToDateTime(o.Start) < end && start < o.Date.ToDateTime(o.End)).ToList();
        if (clashes.Count > 0)
        {
            var names = string.Join(", ", clashes.Take(3).Select(c => $"{c.Name} ({c.Epic}, batch {c.SessionId})"));
            throw new TrainingRefusedException(UiText.Format("{0} people of this batch have another batch at that time: {1}. Move them first.", clashes.Count, names + (clashes.Count > 3 ? ", …" : "")));
        }
    }
}
