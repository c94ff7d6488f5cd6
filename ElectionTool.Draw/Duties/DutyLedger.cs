namespace ElectionTool.Draw.Duties;

/// <summary>
/// One duty per person per election: whoever holds a duty of an accepted stage — and their spouse, since a couple
/// gives one person to the election — leaves the pool of every later draw.
/// </summary>
public static class DutyLedger
{
    public static List<T> Without<T>(IEnumerable<T> pool, Func<T, DrawEmployee> employee, IReadOnlySet<long> held)
    {
        var list = pool as IReadOnlyCollection<T> ?? pool.ToList();
        if (held.Count == 0)
        {
            return list.ToList();
        }

        var spouses = new HashSet<string>(list.Select(employee).Where(e => held.Contains(e.Id) && Eligibility.HasSpouse(e)).Select(e => e.SpouseKey!), StringComparer.Ordinal);
        return list.Where(p =>
        {
            var e = employee(p);
            return !held.Contains(e.Id) && !(Eligibility.HasSpouse(e) && spouses.Contains(e.SpouseKey!));
        }).ToList();
    }

    /// <summary>Everyone a result drafts (posts and reserve).</summary>
    public static IEnumerable<long> Holders(DutyResult result) => result.Assignments.Select(a => a.EmployeeId);
}
