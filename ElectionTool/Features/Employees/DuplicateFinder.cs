using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ElectionTool.Features.Employees;

/// <summary>
/// Flags pairs that look like one person entered twice: same date of birth and very similar name and
/// father's/husband's name. They are saved but shown to the Admin, never silently accepted or refused.
/// Set-based: one query joins the changed rows to the people born the same day whose keys could match (length and,
/// for short keys, first or last letter), and the names of those few are compared in memory.
/// </summary>
public static class DuplicateFinder
{
    public sealed record Person(int Id, DateOnly DateOfBirth, string NameKey, string FatherKey);

    /// <summary>The likely-duplicate pairs (lower id first) between the changed people and everyone with their birth dates.</summary>
    public static List<(int First, int Second, double Score)> Pairs(IReadOnlyCollection<Person> changed, IEnumerable<Person> sameBirthDates)
    {
        var byDob = sameBirthDates.ToLookup(c => c.DateOfBirth);
        var seen = new HashSet<(int, int)>();
        var pairs = new List<(int, int, double)>();
        foreach (var person in changed)
        {
            foreach (var other in byDob[person.DateOfBirth])
            {
                if (other.Id == person.Id)
                {
                    continue;
                }
                var key = person.Id < other.Id ? (person.Id, other.Id) : (other.Id, person.Id);
                if (seen.Contains(key))
                {
                    continue;
                }
                var score = Math.Min(NameMatching.Similarity(person.NameKey, other.NameKey), NameMatching.Similarity(person.FatherKey, other.FatherKey));
                if (score >= NameMatching.NearDuplicateThreshold)
                {
                    seen.Add(key);
                    pairs.Add((key.Item1, key.Item2, Math.Round(score, 3)));
                }
            }
        }
        return pairs;
    }

    /// <summary>Flags inside a staff write's transaction, so the rows and their flags are saved together or not at all.</summary>
    public static async Task<int> FlagAsync(StaffWriteSession s, IModel model, IReadOnlyCollection<Person> changed, DateTimeOffset now, CancellationToken ct)
    {
        if (changed.Count == 0)
        {
            return 0;
        }
        var candidates = new Dictionary<int, Person>();
        // The changed rows are already written in this transaction: join them to everyone born the same day, keeping only
        // those whose two keys could still score high enough (see Near), so a state of millions returns a few rows.
        foreach (var chunk in changed.Select(c => c.Id).Distinct().Chunk(5_000))
        {
            var ids = string.Join(",", chunk.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await using var query = s.Command($"""
                SELECT e."Id", e."DateOfBirth", e."NameKey", e."FatherKey" FROM "Employees" c
                JOIN "Employees" e ON e."DateOfBirth" = c."DateOfBirth" AND e."Id" <> c."Id"
                WHERE c."Id" IN ({ids}) AND {Near("c.\"NameKey\"", "e.\"NameKey\"")} AND {Near("c.\"FatherKey\"", "e.\"FatherKey\"")}
                """);
            await using var reader = await query.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                candidates.TryAdd(reader.GetInt32(0), new Person(reader.GetInt32(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2), reader.GetString(3)));
            }
        }
        var pairs = Pairs(changed, candidates.Values);
        if (pairs.Count == 0)
        {
            return 0;
        }
        await using var insert = s.Command(s.Engine.InsertUnlessPresent(
            "\"DuplicateFlags\" (\"EmployeeId\", \"OtherEmployeeId\", \"Score\", \"Status\", \"FlaggedAt\") VALUES (@a, @b, @score, @open, @at)"));
        var (a, b, score) = (insert.AddParameter("@a", null), insert.AddParameter("@b", null), insert.AddParameter("@score", null));
        insert.AddParameter("@open", (int)DuplicateStatus.Open);
        insert.AddParameter("@at", StaffWriteStatements.Provider<DuplicateFlag>(model, nameof(DuplicateFlag.FlaggedAt), now));
        s.Engine.Prepare(insert);
        var flagged = 0;
        foreach (var pair in pairs)
        {
            (a.Value, b.Value, score.Value) = (pair.First, pair.Second, pair.Score);
            flagged += await insert.ExecuteNonQueryAsync(ct);
        }
        return flagged;
    }

    /// <summary>
    /// SQL that is true for every two keys <see cref="NameMatching.Similarity"/> may score at or above the threshold
    /// (never false for such a pair, so the findings are those of comparing everyone born the same day):
    /// a score of 0.85 allows at most 0.15 × the longer length in edits, and lengths differing by n take n edits
    /// (one spare unit against rounding); with at most one edit (13 letters or fewer) the first or the last letter
    /// is still the same — one edit cannot change both ends of a key longer than one letter.
    /// </summary>
    private static string Near(string a, string b)
    {
        var longer = $"(CASE WHEN length({a}) > length({b}) THEN length({a}) ELSE length({b}) END)";
        return $"(20 * abs(length({a}) - length({b})) <= 3 * {longer} + 1"
            + $" AND (3 * {longer} >= 40 OR substr({a}, 1, 1) = substr({b}, 1, 1) OR substr({a}, length({a}), 1) = substr({b}, length({b}), 1)))";
    }

    /// <summary>For the demo seeder, which builds its district through EF.</summary>
    public static async Task<int> FlagAsync(ElectionDbContext db, IReadOnlyCollection<Employee> changed, DateTimeOffset now, CancellationToken ct)
    {
        var people = changed.Select(e => new Person(e.Id, e.DateOfBirth, e.NameKey, e.FatherKey)).ToList();
        var dobs = people.Select(p => p.DateOfBirth).Distinct().ToList();
        var candidates = await db.Employees.AsNoTracking().Where(e => dobs.Contains(e.DateOfBirth))
            .Select(e => new Person(e.Id, e.DateOfBirth, e.NameKey, e.FatherKey)).ToListAsync(ct);
        var existing = (await db.DuplicateFlags.AsNoTracking().Select(f => new { f.EmployeeId, f.OtherEmployeeId }).ToListAsync(ct))
            .Select(f => (f.EmployeeId, f.OtherEmployeeId)).ToHashSet();
        var added = 0;
        foreach (var (first, second, score) in Pairs(people, candidates).Where(p => !existing.Contains((p.First, p.Second))))
        {
            db.DuplicateFlags.Add(new DuplicateFlag { EmployeeId = first, OtherEmployeeId = second, Score = score, FlaggedAt = now });
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }
}
