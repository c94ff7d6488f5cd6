using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Training;

/// <summary>The training hall's desk: a scanned order (its QR holds the EPIC) or a typed EPIC / employee ID marks a person present.</summary>
public sealed class AttendanceService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, Common.DistrictClock clock)
{
    public async Task<AttendanceResult> MarkAsync(int sessionId, string scanned, CancellationToken ct)
    {
        var code = (scanned ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            return new(AttendanceKind.NotFound, UiText.Of("Scan the QR on the order, or type the EPIC or employee ID."), null, null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var matches = await db.Employees.AsNoTracking().Where(e => e.Epic == code || e.EmployeeCode == code).Select(e => new { e.Id, e.Name, e.Epic }).Take(2).ToListAsync(ct);
        var person = matches.FirstOrDefault(m => m.Epic == code) ?? (matches.Count == 1 ? matches[0] : null);
        if (person is null)
        {
            return new(AttendanceKind.NotFound, matches.Count > 1 ? UiText.Format("More than one person has employee ID {0}: use the EPIC.", code) : UiText.Format("No one with EPIC or employee ID {0}.", code), null, null);
        }

        var session = await db.Set<TrainingSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new TrainingRefusedException(UiText.Of("That batch no longer exists."));
        var seat = await db.Set<TrainingSeat>().FirstOrDefaultAsync(s => s.SessionId == sessionId && s.EmployeeId == person.Id, ct);
        if (seat is null)
        {
            var theirs = await db.Set<TrainingSeat>().AsNoTracking().Where(s => s.ElectionId == session.ElectionId && s.EmployeeId == person.Id)
                .OrderBy(s => s.Round).Select(s => s.SessionId).ToListAsync(ct);
            if (theirs.Count == 0)
            {
                return new(AttendanceKind.NotAllotted, UiText.Format("{0} ({1}) has no training batch. Send them to the IT cell.", person.Name, person.Epic), person.Name, null);
            }

            var batches = (await TrainingScheduleService.SessionsAsync(db, session.ElectionId, ct)).Where(s => theirs.Contains(s.Id)).Select(TrainingAllotmentService.BatchText);
            return new(AttendanceKind.OtherBatch, UiText.Format("{0} ({1}) is not in this batch. Their batch: {2}. Not marked.", person.Name, person.Epic, string.Join("; ", batches)), person.Name, null);
        }

        if (seat.AttendedAt is { } already)
        {
            return new(AttendanceKind.AlreadyMarked, UiText.Format("{0} was already marked present at {1}. Nothing changed.", person.Name, clock.Clock(already)), person.Name, already);
        }

        var user = await currentUser.GetNameAsync();
        seat.AttendedAt = clock.UtcNow;
        seat.MarkedBy = user;
        AuditLog.Record(db, user, "TrainingAttended", nameof(TrainingSeat), person.Epic, after: new { Session = sessionId, seat.AttendedAt });
        await db.SaveChangesAsync(ct);
        return new(AttendanceKind.Marked, UiText.Format("{0} ({1}) marked present at {2}.", person.Name, person.Epic, clock.Clock(seat.AttendedAt.Value)), person.Name, seat.AttendedAt);
    }

    /// <summary>Attendance per batch and per duty; a batch is over once its end time has passed (district time).</summary>
    public async Task<(IReadOnlyList<AttendanceFigure> Sessions, IReadOnlyList<AttendanceFigure> Duties)> FiguresAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return ([], []);
        }

        var now = clock.Local(clock.UtcNow).DateTime;
        var sessions = await TrainingScheduleService.SessionsAsync(db, election.Id, ct);
        var bySession = sessions.Select(s =>
        {
            var over = s.Date.ToDateTime(s.End) <= now;
            return new AttendanceFigure(s.Label, s.Allotted, s.Present, over ? s.Allotted - s.Present : 0, over);
        }).ToList();
        var ended = sessions.Where(s => s.Date.ToDateTime(s.End) <= now).Select(s => s.Id).ToHashSet();
        var duties = (await DraftedStaff.LoadAsync(db, ct)).People.ToDictionary(p => p.EmployeeId, p => p.Duty);
        var seats = await db.Set<TrainingSeat>().AsNoTracking().Where(s => s.ElectionId == election.Id)
            .Select(s => new { s.EmployeeId, s.SessionId, Present = s.AttendedAt != null }).ToListAsync(ct);
        var byDuty = seats.GroupBy(s => duties.GetValueOrDefault(s.EmployeeId, "(replaced)")).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AttendanceFigure(DraftedStaff.DutyTitle(g.Key), g.Count(), g.Count(s => s.Present), g.Count(s => !s.Present && ended.Contains(s.SessionId)), true))
            .ToList();
        return (bySession, byDuty);
    }
}
