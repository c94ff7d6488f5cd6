using ElectionTool.Data;
using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Employees;

/// <summary>
/// Flags pairs that look like one person entered twice: same date of birth and very similar name and
/// father's/husband's name. They are saved but shown to the Admin, never silently accepted or refused.
/// </summary>
public static class DuplicateFinder
{
    public static async Task<int> FlagAsync(ElectionDbContext db, IReadOnlyCollection<Employee> changed, CancellationToken ct)
    {
        if (changed.Count == 0)
        {
            return 0;
        }
        var dobs = changed.Select(e => e.DateOfBirth).Distinct().ToList();
        var candidates = new List<(int Id, DateOnly Dob, string NameKey, string FatherKey)>();
        foreach (var chunk in dobs.Chunk(400))
        {
            var rows = await db.Employees.AsNoTracking().Where(e => chunk.Contains(e.DateOfBirth))
                .Select(e => new { e.Id, e.DateOfBirth, e.NameKey, e.FatherKey }).ToListAsync(ct);
            candidates.AddRange(rows.Select(r => (r.Id, r.DateOfBirth, r.NameKey, r.FatherKey)));
        }
        var byDob = candidates.ToLookup(c => c.Dob);
        var flagged = 0;
        foreach (var employee in changed)
        {
            foreach (var other in byDob[employee.DateOfBirth].Where(c => c.Id != employee.Id))
            {
                var score = Math.Min(NameMatching.Similarity(employee.NameKey, other.NameKey), NameMatching.Similarity(employee.FatherKey, other.FatherKey));
                if (score < NameMatching.NearDuplicateThreshold)
                {
                    continue;
                }
                var (first, second) = employee.Id < other.Id ? (employee.Id, other.Id) : (other.Id, employee.Id);
                if (await db.DuplicateFlags.AnyAsync(f => f.EmployeeId == first && f.OtherEmployeeId == second, ct)
                    || db.DuplicateFlags.Local.Any(f => f.EmployeeId == first && f.OtherEmployeeId == second))
                {
                    continue;
                }
                db.DuplicateFlags.Add(new DuplicateFlag { EmployeeId = first, OtherEmployeeId = second, Score = Math.Round(score, 3), FlaggedAt = DateTimeOffset.UtcNow });
                flagged++;
            }
        }
        if (flagged > 0)
        {
            await db.SaveChangesAsync(ct);
        }
        return flagged;
    }
}
