using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Training;

/// <summary>Allots drafted staff to batches from a recorded seed, moves people between batches, lists a batch.</summary>
public sealed class TrainingAllotmentService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>Gives a batch to everyone drafted who has none yet in a round that trains their duty; seats already given stay.</summary>
    public async Task<AllotmentSummary> AllotAsync(string seedText, CancellationToken ct)
    {
        var seed = DrawSeed.Normalize(seedText);
        if (DrawSeed.Problem(seed) is { } problem)
        {
            throw new TrainingRefusedException(problem);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roster = await DraftedStaff.LoadAsync(db, ct);
        if (roster.Stage == 0)
        {
            throw new TrainingRefusedException(UiText.Of("Stage 1 of the draw is not accepted yet: nobody is drafted to train."));
        }

        var sessions = await SlotsAsync(db, roster.ElectionId, ct);
        if (sessions.Count == 0)
        {
            throw new TrainingRefusedException(UiText.Of("Add venues and training sessions first."));
        }

        var existing = await db.Set<TrainingSeat>().AsNoTracking().Where(s => s.ElectionId == roster.ElectionId)
            .Select(s => new BatchSeat(s.EmployeeId, s.SessionId, s.Round)).ToListAsync(ct);
        var people = roster.People.Select(p => new Trainee(p.EmployeeId, p.Duty, p.OfficeBlock)).ToList();
        var result = TrainingAllotter.Allot(roster.ElectionId, seed, people, sessions, existing);

        var user = await currentUser.GetNameAsync();
        db.AddRange(result.Seats.Select(s => new TrainingSeat { ElectionId = roster.ElectionId, EmployeeId = (int)s.EmployeeId, SessionId = s.SessionId, Round = s.Round }));
        var run = new TrainingAllotmentRun
        {
            ElectionId = roster.ElectionId,
            Seed = seed,
            InputHash = result.InputHash,
            OutputHash = result.OutputHash,
            Placed = result.Seats.Count,
            Unplaced = result.Unplaced.Count,
            By = user,
            At = clock.GetUtcNow(),
        };
        db.Add(run);
        AuditLog.Record(db, user, "TrainingAllotted", nameof(TrainingAllotmentRun), seed,
            after: new { Seed = seed, result.InputHash, result.OutputHash, TrainingAllotter.Version, Placed = result.Seats.Count, Unplaced = result.Unplaced.Count, result.NearOffice });
        await db.SaveChangesAsync(ct);
        return new AllotmentSummary(run.Id, seed, result.InputHash, result.OutputHash, result.Seats.Count, result.NearOffice, result.Unplaced, roster.People.Count);
    }

    public async Task<TrainingAllotmentRun?> LastRunAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        return election is null ? null
            : await db.Set<TrainingAllotmentRun>().AsNoTracking().Where(r => r.ElectionId == election.Id).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Moves a person to another batch of the same round that trains their duty, has room and does not clash.</summary>
    public async Task MoveAsync(long seatId, int toSessionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var seat = await db.Set<TrainingSeat>().Include(s => s.Employee).FirstOrDefaultAsync(s => s.Id == seatId, ct)
            ?? throw new TrainingRefusedException(UiText.Of("That person is no longer in this batch."));
        if (seat.AttendedAt is not null)
        {
            throw new TrainingRefusedException(UiText.Format("{0} already attended this batch.", seat.Employee!.Name));
        }

        if (seat.SessionId == toSessionId)
        {
            throw new TrainingRefusedException(UiText.Format("{0} is already in that batch.", seat.Employee!.Name));
        }

        var roster = await DraftedStaff.LoadAsync(db, ct);
        var duty = roster.People.FirstOrDefault(p => p.EmployeeId == seat.EmployeeId)?.Duty
            ?? throw new TrainingRefusedException(UiText.Format("{0} is no longer drafted.", seat.Employee!.Name));
        var slots = (await SlotsAsync(db, seat.ElectionId, ct)).ToDictionary(s => s.SessionId);
        if (!slots.TryGetValue(toSessionId, out var target) || target.Round != seat.Round)
        {
            throw new TrainingRefusedException(UiText.Format("{0}: choose a batch of round {1}.", seat.Employee!.Name, seat.Round));
        }

        if (!target.Duties.Contains(duty))
        {
            throw new TrainingRefusedException(UiText.Format("{0}: that batch does not train {1}.", seat.Employee!.Name, duty));
        }

        if (await db.Set<TrainingSeat>().CountAsync(s => s.SessionId == toSessionId, ct) >= target.Capacity)
        {
            throw new TrainingRefusedException(UiText.Format("{0}: that batch is full ({1} seats).", seat.Employee!.Name, target.Capacity));
        }

        var others = await db.Set<TrainingSeat>().Where(s => s.EmployeeId == seat.EmployeeId && s.ElectionId == seat.ElectionId && s.Id != seat.Id)
            .Select(s => s.SessionId).ToListAsync(ct);
        if (others.Any(o => slots.TryGetValue(o, out var other) && TrainingAllotter.Overlap(other, target)))
        {
            throw new TrainingRefusedException(UiText.Format("{0} has another batch at that time.", seat.Employee!.Name));
        }

        var from = seat.SessionId;
        seat.SessionId = toSessionId;
        AuditLog.Record(db, await currentUser.GetNameAsync(), "TrainingSeatMoved", nameof(TrainingSeat), seat.Employee!.Epic, new { Session = from }, new { Session = toSessionId });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Moves each chosen person in turn; a refusal for one (full, clash, attended) does not stop the others.</summary>
    public async Task<MoveReport> MoveManyAsync(IReadOnlyList<long> seatIds, int toSessionId, CancellationToken ct)
    {
        var moved = 0;
        var refused = new List<string>();
        foreach (var seatId in seatIds)
        {
            try
            {
                await MoveAsync(seatId, toSessionId, ct);
                moved++;
            }
            catch (TrainingRefusedException e)
            {
                refused.Add(e.Message);
            }
        }

        return new MoveReport(moved, refused);
    }

    /// <summary>One page of a batch's people, by name; <paramref name="absentOnly"/>: not marked present.</summary>
    public async Task<PageResult<SeatRow>> SeatsAsync(int sessionId, bool absentOnly, PageRequest request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Set<TrainingSeat>().AsNoTracking().Where(s => s.SessionId == sessionId && (!absentOnly || s.AttendedAt == null));
        if (request.SearchTerm is { } term)
        {
            query = query.Where(s => s.Employee!.Name.Contains(term) || s.Employee.Epic.Contains(term) || s.Employee.Office!.Code.Contains(term));
        }

        var notices = db.Set<ShowCauseNotice>();
        var page = await query.ToPageAsync(request, new Dictionary<string, System.Linq.Expressions.Expression<Func<TrainingSeat, object?>>>
        {
            ["Name"] = s => s.Employee!.Name,
            ["Office"] = s => s.Employee!.Office!.Code,
        }, s => new
        {
            s.Id,
            s.EmployeeId,
            s.Employee!.Name,
            s.Employee.Epic,
            s.Employee.Designation,
            OfficeCode = s.Employee.Office!.Code,
            OfficeName = s.Employee.Office.Name,
            s.AttendedAt,
            Notice = notices.Where(n => n.SeatId == s.Id).Select(n => (ShowCauseOutcome?)n.Outcome).FirstOrDefault(),
            ReplyBy = notices.Where(n => n.SeatId == s.Id).Select(n => (DateOnly?)n.ReplyBy).FirstOrDefault(),
        }, ct);
        var duties = (await DraftedStaff.LoadAsync(db, ct)).People.ToDictionary(p => p.EmployeeId, p => p.Duty);
        return new PageResult<SeatRow>(page.Items.Select(s => new SeatRow(s.Id, s.EmployeeId, s.Name, s.Epic, s.Designation, s.OfficeCode, s.OfficeName,
            duties.GetValueOrDefault(s.EmployeeId, "(no longer drafted)"), s.AttendedAt, s.Notice, s.ReplyBy)).ToList(), page.Total);
    }

    /// <summary>Each person's batches, as the appointment order and the training letter print them.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<TrainingBatchText>>> BatchesByPersonAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return new Dictionary<int, IReadOnlyList<TrainingBatchText>>();
        }

        var sessions = (await TrainingScheduleService.SessionsAsync(db, election.Id, ct)).ToDictionary(s => s.Id);
        var seats = await db.Set<TrainingSeat>().AsNoTracking().Where(s => s.ElectionId == election.Id).Select(s => new { s.EmployeeId, s.SessionId, s.Round }).ToListAsync(ct);
        return seats.GroupBy(s => s.EmployeeId).ToDictionary(g => g.Key, g => (IReadOnlyList<TrainingBatchText>)g.OrderBy(s => s.Round)
            .Select(s => new TrainingBatchText(s.Round, BatchText(sessions[s.SessionId]))).ToList());
    }

    public static string BatchText(SessionRow s) =>
        $"Round {s.Round}: {s.Date:dd-MM-yyyy} {s.Start:HH\\:mm}–{s.End:HH\\:mm}, {s.VenueName}, {s.HallName}{(s.VenueAddress.Length > 0 ? $", {s.VenueAddress}" : "")} (batch {s.Id})";

    internal static async Task<List<BatchSlot>> SlotsAsync(ElectionDbContext db, int electionId, CancellationToken ct) =>
        (await db.Set<TrainingSession>().AsNoTracking().Where(s => s.ElectionId == electionId)
            .Select(s => new { s.Id, s.Round, s.Date, s.Start, s.End, s.Hall!.Capacity, s.Duties, s.Hall.Venue!.Block }).ToListAsync(ct))
        .Select(s => new BatchSlot(s.Id, s.Round, s.Date.ToDateTime(s.Start), s.Date.ToDateTime(s.End), s.Capacity,
            s.Duties.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(), s.Block)).ToList();
}
