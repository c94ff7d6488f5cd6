using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Training;

namespace ElectionTool.Features.Demo;

/// <summary>
/// Training venues for the demo district: one per block (the demo's blocks are its AC towns), two halls each;
/// round 1 held yesterday (so absentees and show-cause notices can be shown), round 2 ten days and a Presiding
/// Officers' round 3 five days before the poll. Allotment itself waits for stage 1, as it would for real.
/// </summary>
public static class DemoTrainingSeeder
{
    public static async Task<int> SeedAsync(ElectionDbContext db, Election election, IEnumerable<string> blocks, DateOnly today, CancellationToken ct)
    {
        var duties = string.Join(',', DraftedStaff.KnownDuties);
        var sessions = 0;
        foreach (var block in blocks)
        {
            var venue = new TrainingVenue
            {
                ElectionId = election.Id,
                Name = $"Govt. Higher Secondary School {block}",
                Address = $"Station Road, {block}",
                Block = block,
                Halls = [new TrainingHall { Name = "Main hall", Capacity = 200 }, new TrainingHall { Name = "Hall 2", Capacity = 200 }],
            };
            db.Add(venue);
            foreach (var hall in venue.Halls)
            {
                foreach (var (round, day, roles) in new[] { (1, today.AddDays(-1), duties), (2, election.PollDate.AddDays(-10), duties) })
                {
                    db.Add(Session(election.Id, hall, round, day, new TimeOnly(10, 0), new TimeOnly(13, 0), roles));
                    db.Add(Session(election.Id, hall, round, day, new TimeOnly(14, 0), new TimeOnly(17, 0), roles));
                    sessions += 2;
                }

                db.Add(Session(election.Id, hall, 3, election.PollDate.AddDays(-5), new TimeOnly(10, 0), new TimeOnly(16, 0), "PresidingOfficer"));
                sessions++;
            }
        }

        await db.SaveChangesAsync(ct);
        return sessions;
    }

    private static TrainingSession Session(int electionId, TrainingHall hall, int round, DateOnly day, TimeOnly start, TimeOnly end, string duties) =>
        new() { ElectionId = electionId, Hall = hall, Round = round, Date = day, Start = start, End = end, Duties = duties };
}
