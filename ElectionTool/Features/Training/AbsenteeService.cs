using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Training;

/// <summary>A show-cause notice as printed: the person, their office, the batch they missed and the reply-by date.</summary>
public sealed record NoticeSheet(long NoticeId, string Name, string Designation, string Epic, string OfficeCode, string OfficeName, string Duty,
    string Batch, DateOnly ReplyBy, DateTimeOffset IssuedAt);

/// <summary>Absentees of a batch: show-cause notices (RP Act 1951 s.134), the reply and its outcome, a later batch or a replacement.</summary>
public sealed class AbsenteeService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, Common.DistrictClock clock,
    TrainingAllotmentService allotments, DrawReplacementService replacements)
{
    /// <summary>Issues a notice to every absentee of an ended batch who has none; returns how many were issued.</summary>
    public async Task<int> IssueNoticesAsync(int sessionId, DateOnly replyBy, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.Set<TrainingSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new TrainingRefusedException(UiText.Of("That batch no longer exists."));
        var now = clock.UtcNow;
        if (session.Date.ToDateTime(session.End) > clock.Local(now).DateTime)
        {
            throw new TrainingRefusedException(UiText.Of("This batch has not ended yet: absentees are known once it is over."));
        }

        if (replyBy <= clock.Day(now))
        {
            throw new TrainingRefusedException(UiText.Of("The reply-by date must be after today."));
        }

        var seats = await db.Set<TrainingSeat>().Where(s => s.SessionId == sessionId && s.AttendedAt == null
            && !db.Set<ShowCauseNotice>().Any(n => n.SeatId == s.Id)).Select(s => s.Id).ToListAsync(ct);
        db.AddRange(seats.Select(id => new ShowCauseNotice { SeatId = id, IssuedAt = now, ReplyBy = replyBy }));
        AuditLog.Record(db, await currentUser.GetNameAsync(), "ShowCauseIssued", nameof(TrainingSession), $"{sessionId}", after: new { Notices = seats.Count, ReplyBy = replyBy });
        await db.SaveChangesAsync(ct);
        return seats.Count;
    }

    /// <summary>The notices of a batch for printing, grouped by office in the order returned; the print is audited.</summary>
    public async Task<IReadOnlyList<NoticeSheet>> NoticesForPrintAsync(int sessionId, string? officeCode, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return [];
        }

        var session = (await TrainingScheduleService.SessionsAsync(db, election.Id, ct)).FirstOrDefault(s => s.Id == sessionId);
        if (session is null)
        {
            return [];
        }

        var rows = await db.Set<ShowCauseNotice>().AsNoTracking().Where(n => n.Seat!.SessionId == sessionId && (officeCode == null || n.Seat.Employee!.Office!.Code == officeCode))
            .Select(n => new { n.Id, n.Seat!.EmployeeId, n.Seat.Employee!.Name, n.Seat.Employee.Designation, n.Seat.Employee.Epic, OfficeCode = n.Seat.Employee.Office!.Code, OfficeName = n.Seat.Employee.Office.Name, n.ReplyBy, n.IssuedAt })
            .ToListAsync(ct);
        var duties = (await DraftedStaff.LoadAsync(db, ct)).People.ToDictionary(p => p.EmployeeId, p => p.Duty);
        var sheets = rows.OrderBy(r => r.OfficeCode, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new NoticeSheet(r.Id, r.Name, r.Designation, r.Epic, r.OfficeCode, r.OfficeName, DraftedStaff.DutyTitle(duties.GetValueOrDefault(r.EmployeeId, "")),
                TrainingAllotmentService.BatchText(session), r.ReplyBy, r.IssuedAt)).ToList();
        AuditLog.Record(db, await currentUser.GetNameAsync(), "ShowCausePrinted", nameof(TrainingSession), $"{sessionId}", after: new { Notices = sheets.Count, Office = officeCode });
        await db.SaveChangesAsync(ct);
        return sheets;
    }

    /// <summary>Records the reply and the outcome. A later batch or a replacement from the reserve is carried out here.</summary>
    public async Task RecordOutcomeAsync(long seatId, string reply, ShowCauseOutcome outcome, int? laterSessionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var notice = await db.Set<ShowCauseNotice>().Include(n => n.Seat).ThenInclude(s => s!.Employee).FirstOrDefaultAsync(n => n.SeatId == seatId, ct)
            ?? throw new TrainingRefusedException(UiText.Of("No show-cause notice was issued to this person."));
        if (outcome == ShowCauseOutcome.SentToLaterSession)
        {
            await allotments.MoveAsync(seatId, laterSessionId ?? throw new TrainingRefusedException(UiText.Of("Choose the later batch.")), ct);
        }
        else if (outcome == ShowCauseOutcome.Replaced)
        {
            // The existing replacement path: the reserve of the same role and unit takes the seat, orders are marked for reprint.
            // English: the replacement's recorded reason, stored with the draw's records like the audit log
            await replacements.ConfirmAsync(notice.Seat!.EmployeeId, ReplacementKind.Absent, $"Absent from training; show-cause notice {notice.Id}. {reply}".Trim(), ct);
        }

        var before = new { notice.Reply, Outcome = notice.Outcome.ToString() };
        notice.Reply = reply.Trim();
        notice.Outcome = outcome;
        notice.DecidedBy = await currentUser.GetNameAsync();
        notice.DecidedAt = clock.UtcNow;
        AuditLog.Record(db, notice.DecidedBy, "ShowCauseDecided", nameof(ShowCauseNotice), notice.Seat!.Employee!.Epic, before, new { notice.Reply, Outcome = outcome.ToString(), laterSessionId });
        await db.SaveChangesAsync(ct);
    }
}
