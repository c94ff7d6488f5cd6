using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Training;

/// <summary>Venues, halls and training sessions (batches) of the current election.</summary>
public sealed class TrainingScheduleService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
{
    public async Task<IReadOnlyList<VenueRow>> VenuesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return [];
        }

        return await db.Set<TrainingVenue>().AsNoTracking().Where(v => v.ElectionId == election.Id).OrderBy(v => v.Name)
            .Select(v => new VenueRow(v.Id, v.Name, v.Address, v.Block, v.Halls.OrderBy(h => h.Name).Select(h => new HallRow(h.Id, h.Name, h.Capacity)).ToList()))
            .ToListAsync(ct);
    }

    public async Task<int> AddVenueAsync(VenueInput input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            throw new TrainingRefusedException(UiText.Of("Give the venue a name."));
        }

        if (input.Halls.Count == 0 || input.Halls.Any(h => string.IsNullOrWhiteSpace(h.Name) || h.Capacity is < 1 or > 5000))
        {
            throw new TrainingRefusedException(UiText.Of("Each hall needs a name and a capacity between 1 and 5000."));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var venue = new TrainingVenue
        {
            ElectionId = election.Id,
            Name = input.Name.Trim(),
            Address = input.Address.Trim(),
            Block = input.Block.Trim(),
            Halls = input.Halls.Select(h => new TrainingHall { Name = h.Name.Trim(), Capacity = h.Capacity }).ToList(),
        };
        db.Add(venue);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "TrainingVenueAdded", nameof(TrainingVenue), venue.Name, after: input);
        await db.SaveChangesAsync(ct);
        return venue.Id;
    }

    public async Task<int> AddSessionAsync(SessionInput input, CancellationToken ct)
    {
        if (input.Round is < 1 or > 3)
        {
            throw new TrainingRefusedException(UiText.Of("The round is 1, 2 or 3."));
        }

        if (input.End <= input.Start)
        {
            throw new TrainingRefusedException(UiText.Of("The session must end after it starts."));
        }

        var duties = input.Duties.Where(d => DraftedStaff.KnownDuties.Contains(d)).Distinct().ToList();
        if (duties.Count == 0)
        {
            throw new TrainingRefusedException(UiText.Of("Choose the duties this session trains."));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var hall = await db.Set<TrainingHall>().Include(h => h.Venue).FirstOrDefaultAsync(h => h.Id == input.HallId && h.Venue!.ElectionId == election.Id, ct)
            ?? throw new TrainingRefusedException(UiText.Of("Choose a hall of one of this election's venues."));
        if (await HallTakenAsync(db, hall.Id, input.Date, input.Start, input.End, exceptSessionId: 0, ct))
        {
            throw new TrainingRefusedException(UiText.Format("{0}, {1} already has a session at that time on {2:dd-MM-yyyy}.", hall.Venue!.Name, hall.Name, input.Date));
        }

        var session = new TrainingSession
        {
            ElectionId = election.Id,
            HallId = hall.Id,
            Round = input.Round,
            Date = input.Date,
            Start = input.Start,
            End = input.End,
            Duties = string.Join(',', duties),
        };
        db.Add(session);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "TrainingSessionAdded", nameof(TrainingSession), $"{hall.Venue!.Name}/{hall.Name}", after: input);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    public async Task DeleteSessionAsync(int sessionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.Set<TrainingSession>().FirstOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new TrainingRefusedException(UiText.Of("That session no longer exists."));
        if (await db.Set<TrainingSeat>().AnyAsync(s => s.SessionId == sessionId, ct))
        {
            throw new TrainingRefusedException(UiText.Of("People are allotted to this session: move them to another batch first."));
        }

        db.Remove(session);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "TrainingSessionDeleted", nameof(TrainingSession), $"{sessionId}");
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<SessionRow>> SessionsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        return election is null ? [] : await SessionsAsync(db, election.Id, ct);
    }

    /// <summary>Whether another batch is held in the hall at an overlapping time that day.</summary>
    internal static Task<bool> HallTakenAsync(ElectionDbContext db, int hallId, DateOnly date, TimeOnly start, TimeOnly end, int exceptSessionId, CancellationToken ct) =>
        db.Set<TrainingSession>().AnyAsync(s => s.HallId == hallId && s.Id != exceptSessionId && s.Date == date && s.Start < end && start < s.End, ct);

    internal static async Task<List<SessionRow>> SessionsAsync(ElectionDbContext db, int electionId, CancellationToken ct)
    {
        var counts = await db.Set<TrainingSeat>().Where(s => s.ElectionId == electionId).GroupBy(s => s.SessionId)
            .Select(g => new { g.Key, Allotted = g.Count(), Present = g.Count(s => s.AttendedAt != null) }).ToDictionaryAsync(x => x.Key, ct);
        var sessions = await db.Set<TrainingSession>().AsNoTracking().Where(s => s.ElectionId == electionId)
            .Select(s => new { s.Id, s.HallId, s.Round, s.Date, s.Start, s.End, Venue = s.Hall!.Venue!.Name, s.Hall.Venue.Address, s.Hall.Venue.Block, Hall = s.Hall.Name, s.Hall.Capacity, s.Duties })
            .ToListAsync(ct);
        return sessions.OrderBy(s => s.Round).ThenBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.Venue).ThenBy(s => s.Id)
            .Select(s => new SessionRow(s.Id, s.Round, s.Date, s.Start, s.End, s.Venue, s.Address, s.Block, s.Hall, s.Capacity,
                s.Duties.Split(',', StringSplitOptions.RemoveEmptyEntries), counts.GetValueOrDefault(s.Id)?.Allotted ?? 0, counts.GetValueOrDefault(s.Id)?.Present ?? 0)
            { HallId = s.HallId })
            .ToList();
    }
}
