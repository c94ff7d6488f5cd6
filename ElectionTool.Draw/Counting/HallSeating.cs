using ElectionTool.Draw.Duties;

namespace ElectionTool.Draw.Counting;

/// <summary>One attempt at seating a hall's staff at its tables (step 3).</summary>
internal sealed class HallSeating
{
    private readonly int tables;
    private readonly List<(DutyKind Role, DrawEmployee Person)>[] atTable;
    private readonly List<(DutyKind Role, DrawEmployee Person)> reserve = [];
    private readonly Dictionary<string, int> misses = new(StringComparer.Ordinal);
    private DutyKind? shortRole;
    private int shortBy;

    private HallSeating(int tables)
    {
        this.tables = tables;
        atTable = Enumerable.Range(0, tables + 1).Select(_ => new List<(DutyKind, DrawEmployee)>()).ToArray();
    }

    public bool Complete => shortRole is null;

    /// <param name="staff">The hall's people per role, in <see cref="CountingRoles.All"/> order, each list in id order.</param>
    public static HallSeating Draw(int tables, IReadOnlyList<List<DrawEmployee>> staff, DrawRandom random)
    {
        var seating = new HallSeating(tables);
        var order = Enumerable.Range(1, tables).ToList();
        random.Shuffle(order);
        var shuffled = staff.Select(list =>
        {
            var copy = list.ToList();
            random.Shuffle(copy);
            return copy;
        }).ToList();
        for (var r = 0; r < CountingRoles.All.Count && seating.Complete; r++)
        {
            seating.SeatRole(CountingRoles.All[r], shuffled[r], order);
        }
        return seating;
    }

    private void SeatRole(DutyKind role, List<DrawEmployee> people, List<int> order)
    {
        var open = order.ToList();
        foreach (var person in people)
        {
            var at = open.Count == 0 ? -1 : open.FindIndex(t => Fits(person, role, t));
            if (at < 0)
            {
                reserve.Add((role, person));
                continue;
            }
            atTable[open[at]].Add((role, person));
            open.RemoveAt(at);
        }
        if (open.Count > 0)
        {
            shortRole = role;
            shortBy = open.Count;
        }
    }

    private bool Fits(DrawEmployee person, DutyKind role, int table)
    {
        var breach = CountingTables.Breach(person, role, atTable[table]);
        if (breach is not null)
        {
            misses[breach] = misses.GetValueOrDefault(breach) + 1;
        }
        return breach is null;
    }

    public IEnumerable<(int Table, IEnumerable<(DutyKind Role, DrawEmployee Person)> Seated)> ByTable() =>
        Enumerable.Range(1, tables).Select(t => (t, atTable[t].OrderBy(x => CountingRoles.Rank(x.Role)).AsEnumerable()));

    public IEnumerable<(DutyKind Role, DrawEmployee Person)> Reserve() =>
        reserve.OrderBy(x => CountingRoles.Rank(x.Role)).ThenBy(x => x.Person.Id);

    public DrawFinding Shortfall(CountingHall hall)
    {
        var rule = misses.Count == 0 ? "no two from one office" : misses.MaxBy(m => m.Value).Key;
        return new DrawFinding(rule, $"Hall {hall.Code} ({hall.UnitCode}): after {CountingAlgorithm.Attempts} attempts {shortBy} of {tables} tables could not get a " +
            $"{DutyBands.Title(shortRole!.Value).ToLowerInvariant()} who keeps the rule \"{rule}\" at that table; short by {shortBy}.", tables, tables - shortBy);
    }
}
