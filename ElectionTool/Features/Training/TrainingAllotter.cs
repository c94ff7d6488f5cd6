using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ElectionTool.Draw;
using ElectionTool.Resources;

namespace ElectionTool.Features.Training;

public sealed record Trainee(long EmployeeId, string Duty, string Block);

public sealed record BatchSlot(int SessionId, int Round, DateTime Start, DateTime End, int Capacity, IReadOnlySet<string> Duties, string Block);

public sealed record BatchSeat(long EmployeeId, int SessionId, int Round);

public sealed record UnplacedTrainee(long EmployeeId, int Round, string Duty, string Reason);

public sealed record BatchAllotment(string InputHash, string OutputHash, IReadOnlyList<BatchSeat> Seats, IReadOnlyList<UnplacedTrainee> Unplaced, int NearOffice);

/// <summary>
/// Puts every drafted person into one batch of each round that trains their duty: within the hall's capacity, never
/// in two batches that overlap in time, and in a venue of their office's block where one has room. People are taken
/// in an order shuffled by the draw's generator (<see cref="DrawRandom"/>) keyed on the seed and the input hash, so
/// who gets the near venue when it fills is chance, and the same input and seed give the same batches anywhere.
/// Seats already given (<paramref name="existing"/>) are kept and count against capacity.
/// </summary>
public static class TrainingAllotter
{
    public const string Version = "ET-TRAINING-1";

    public static BatchAllotment Allot(int electionId, string seed, IReadOnlyList<Trainee> people, IReadOnlyList<BatchSlot> sessions, IReadOnlyList<BatchSeat> existing)
    {
        var inputHash = InputHash(electionId, people, sessions, existing);
        var taken = sessions.ToDictionary(s => s.SessionId, _ => 0);
        var seatsOf = new Dictionary<long, List<BatchSlot>>();
        var byId = sessions.ToDictionary(s => s.SessionId);
        foreach (var seat in existing.Where(s => byId.ContainsKey(s.SessionId)))
        {
            taken[seat.SessionId]++;
            SeatsOf(seatsOf, seat.EmployeeId).Add(byId[seat.SessionId]);
        }

        var order = people.OrderBy(p => p.EmployeeId).ToList();
        using (var rng = DrawRandom.ForStage($"{electionId}", 0, $"{Version}|{seed}", inputHash))
        {
            rng.Shuffle(order);
        }

        var placed = new List<BatchSeat>();
        var unplaced = new List<UnplacedTrainee>();
        var near = 0;
        foreach (var round in sessions.Select(s => s.Round).Distinct().Order())
        {
            var ofRound = sessions.Where(s => s.Round == round).OrderBy(s => s.Start).ThenBy(s => s.SessionId).ToList();
            foreach (var person in order)
            {
                var mine = SeatsOf(seatsOf, person.EmployeeId);
                var trains = ofRound.Where(s => s.Duties.Contains(person.Duty)).ToList();
                if (trains.Count == 0 || mine.Any(s => s.Round == round))
                {
                    continue; // this round does not train their duty, or they already have a batch in it
                }

                var open = trains.Where(s => taken[s.SessionId] < s.Capacity && !mine.Any(m => Overlap(m, s))).ToList();
                if (open.Count == 0)
                {
                    var full = trains.All(s => taken[s.SessionId] >= s.Capacity);
                    unplaced.Add(new(person.EmployeeId, round, person.Duty, full
                        ? UiText.Format("every round {0} batch for {1} is full", round, person.Duty)
                        : UiText.Format("every round {0} batch for {1} with room clashes with another of their batches", round, person.Duty)));
                    continue;
                }

                var local = open.Where(s => s.Block.Length > 0 && string.Equals(s.Block, person.Block, StringComparison.OrdinalIgnoreCase)).ToList();
                var pick = (local.Count > 0 ? local : open).OrderByDescending(s => s.Capacity - taken[s.SessionId]).First();
                near += local.Count > 0 ? 1 : 0;
                taken[pick.SessionId]++;
                mine.Add(pick);
                placed.Add(new(person.EmployeeId, pick.SessionId, round));
            }
        }

        var seats = placed.OrderBy(s => s.Round).ThenBy(s => s.EmployeeId).ToList();
        return new BatchAllotment(inputHash, OutputHash(seats, unplaced), seats, unplaced, near);
    }

    public static bool Overlap(BatchSlot a, BatchSlot b) => a.Start < b.End && b.Start < a.End;

    private static List<BatchSlot> SeatsOf(Dictionary<long, List<BatchSlot>> map, long id) =>
        map.TryGetValue(id, out var list) ? list : map[id] = [];

    private static string InputHash(int electionId, IEnumerable<Trainee> people, IEnumerable<BatchSlot> sessions, IEnumerable<BatchSeat> existing)
    {
        var text = new StringBuilder().Append(Version).Append('|').Append(electionId).Append('\n');
        foreach (var s in sessions.OrderBy(s => s.SessionId))
        {
            text.Append(CultureInfo.InvariantCulture, $"S|{s.SessionId}|{s.Round}|{s.Start:O}|{s.End:O}|{s.Capacity}|{string.Join(',', s.Duties.Order(StringComparer.Ordinal))}|{s.Block}\n");
        }

        foreach (var p in people.OrderBy(p => p.EmployeeId))
        {
            text.Append(CultureInfo.InvariantCulture, $"P|{p.EmployeeId}|{p.Duty}|{p.Block}\n");
        }

        foreach (var e in existing.OrderBy(e => e.EmployeeId).ThenBy(e => e.Round))
        {
            text.Append(CultureInfo.InvariantCulture, $"E|{e.EmployeeId}|{e.SessionId}|{e.Round}\n");
        }

        return Hash(text);
    }

    private static string OutputHash(IEnumerable<BatchSeat> seats, IEnumerable<UnplacedTrainee> unplaced)
    {
        var text = new StringBuilder();
        foreach (var s in seats)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.Round}|{s.EmployeeId}|{s.SessionId}\n");
        }

        foreach (var u in unplaced.OrderBy(u => u.Round).ThenBy(u => u.EmployeeId))
        {
            text.Append(CultureInfo.InvariantCulture, $"U|{u.Round}|{u.EmployeeId}\n");
        }

        return Hash(text);
    }

    private static string Hash(StringBuilder text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
}
