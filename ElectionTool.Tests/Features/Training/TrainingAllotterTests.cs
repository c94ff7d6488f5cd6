using ElectionTool.Features.Training;

namespace ElectionTool.Tests.Features.Training;

public sealed class TrainingAllotterTests
{
    private static readonly DateTime Day = new(2027, 2, 1);

    private static BatchSlot Slot(int id, int round, int hourStart, int hours, int capacity, string block, params string[] duties) =>
        new(id, round, Day.AddDays(round).AddHours(hourStart), Day.AddDays(round).AddHours(hourStart + hours), capacity, duties.ToHashSet(), block);

    private static List<Trainee> People(int count) => Enumerable.Range(1, count)
        .Select(i => new Trainee(i, i % 3 == 0 ? "PresidingOfficer" : "PollingOfficer1", $"Block {i % 4}")).ToList();

    /// <summary>Round 1 in two blocks' venues; round 2 has a morning and an afternoon batch that overlap a round-1-like extra slot.</summary>
    private static List<BatchSlot> Sessions() =>
    [
        Slot(1, 1, 10, 3, 40, "Block 0", "PresidingOfficer", "PollingOfficer1"),
        Slot(2, 1, 10, 3, 30, "Block 1", "PresidingOfficer", "PollingOfficer1"),
        Slot(3, 1, 14, 3, 50, "Block 2", "PollingOfficer1"),
        Slot(4, 2, 10, 4, 45, "Block 0", "PresidingOfficer", "PollingOfficer1"),
        Slot(5, 2, 12, 4, 45, "Block 3", "PollingOfficer1", "PresidingOfficer"),
        Slot(6, 3, 10, 3, 20, "Block 1", "PresidingOfficer"),
        // A round-3 batch on round 2's day that overlaps the afternoon round-2 batch: the clash rule must keep them apart.
        new BatchSlot(7, 3, Day.AddDays(2).AddHours(15), Day.AddDays(2).AddHours(17), 200, new HashSet<string> { "PollingOfficer1" }, "Block 2"),
    ];

    [Fact]
    public void Capacity_and_clash_rules_hold_over_many_seeds()
    {
        var people = People(130);
        var sessions = Sessions();
        var byId = sessions.ToDictionary(s => s.SessionId);
        for (var seed = 0; seed < 200; seed++)
        {
            var result = TrainingAllotter.Allot(7, $"seed {seed}", people, sessions, []);

            foreach (var s in sessions)
            {
                Assert.True(result.Seats.Count(x => x.SessionId == s.SessionId) <= s.Capacity, $"seed {seed}: batch {s.SessionId} over capacity");
            }

            foreach (var person in result.Seats.GroupBy(x => x.EmployeeId))
            {
                var mine = person.Select(x => byId[x.SessionId]).ToList();
                Assert.Equal(mine.Count, mine.Select(m => m.Round).Distinct().Count());
                Assert.False(mine.Any(a => mine.Any(b => a != b && TrainingAllotter.Overlap(a, b))), $"seed {seed}: {person.Key} has two batches at once");
                var duty = people.Single(p => p.EmployeeId == person.Key).Duty;
                Assert.All(mine, m => Assert.Contains(duty, m.Duties));
            }

            // Every person needing a round either has a batch in it or is reported, never dropped.
            foreach (var round in new[] { 1, 2, 3 })
            {
                foreach (var p in people.Where(p => sessions.Any(s => s.Round == round && s.Duties.Contains(p.Duty))))
                {
                    Assert.True(result.Seats.Any(x => x.EmployeeId == p.EmployeeId && x.Round == round) || result.Unplaced.Any(u => u.EmployeeId == p.EmployeeId && u.Round == round),
                        $"seed {seed}: {p.EmployeeId} silently left out of round {round}");
                }
            }
        }
    }

    [Fact]
    public void The_same_input_and_seed_give_the_same_batches_and_another_seed_changes_them()
    {
        var people = People(130);

        var a = TrainingAllotter.Allot(7, "4 2 6 1", people, Sessions(), []);
        var b = TrainingAllotter.Allot(7, "4 2 6 1", people.AsEnumerable().Reverse().ToList(), Sessions().AsEnumerable().Reverse().ToList(), []);
        var c = TrainingAllotter.Allot(7, "4 2 6 2", people, Sessions(), []);

        Assert.Equal(a.Seats, b.Seats);
        Assert.Equal(a.OutputHash, b.OutputHash);
        Assert.Equal(a.InputHash, b.InputHash);
        Assert.NotEqual(a.OutputHash, c.OutputHash);
    }

    [Fact]
    public void People_go_to_their_office_block_where_it_has_room()
    {
        var people = Enumerable.Range(1, 20).Select(i => new Trainee(i, "PollingOfficer1", i <= 10 ? "Block A" : "Block B")).ToList();
        List<BatchSlot> sessions = [Slot(1, 1, 10, 3, 10, "Block A", "PollingOfficer1"), Slot(2, 1, 10, 3, 15, "Block B", "PollingOfficer1")];

        var result = TrainingAllotter.Allot(1, "1", people, sessions, []);

        Assert.All(result.Seats, s => Assert.Equal(s.EmployeeId <= 10 ? 1 : 2, s.SessionId));
        Assert.Equal(20, result.NearOffice);
    }

    [Fact]
    public void A_full_round_reports_who_could_not_be_placed()
    {
        var people = Enumerable.Range(1, 12).Select(i => new Trainee(i, "PollingOfficer1", "")).ToList();

        var result = TrainingAllotter.Allot(1, "1", people, [Slot(1, 1, 10, 3, 10, "", "PollingOfficer1")], []);

        Assert.Equal(10, result.Seats.Count);
        Assert.Equal(2, result.Unplaced.Count);
        Assert.All(result.Unplaced, u => Assert.Contains("full", u.Reason));
    }

    [Fact]
    public void A_batch_at_the_same_time_as_another_of_theirs_is_never_given()
    {
        var people = new List<Trainee> { new(1, "PollingOfficer1", "") };
        List<BatchSlot> sessions = [Slot(1, 1, 10, 3, 10, "", "PollingOfficer1"), new BatchSlot(2, 2, Day.AddDays(1).AddHours(11), Day.AddDays(1).AddHours(12), 10, new HashSet<string> { "PollingOfficer1" }, "")];

        var result = TrainingAllotter.Allot(1, "1", people, sessions, []);

        Assert.Single(result.Seats);
        Assert.Contains("clashes", Assert.Single(result.Unplaced).Reason);
    }

    [Fact]
    public void Seats_already_given_are_kept_and_count_against_capacity()
    {
        var people = Enumerable.Range(1, 5).Select(i => new Trainee(i, "PollingOfficer1", "")).ToList();

        var result = TrainingAllotter.Allot(1, "1", people, [Slot(1, 1, 10, 3, 4, "", "PollingOfficer1")], [new BatchSeat(3, 1, 1)]);

        Assert.Equal(3, result.Seats.Count);
        Assert.DoesNotContain(result.Seats, s => s.EmployeeId == 3);
        Assert.Single(result.Unplaced);
    }
}
