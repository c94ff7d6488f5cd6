namespace ElectionTool.Draw;

/// <summary>
/// Can a role's people fill every unit's seats in units they may serve in, with the all-women
/// seats held by women? Solved exactly as a small max-flow: people grouped by (units they may serve
/// in, woman or not) on one side, each unit's ordinary and all-women seats on the other.
/// </summary>
internal static class UnitCapacity
{
    /// <summary>Beyond this many units the check is skipped (and stage 2 reports any shortfall).</summary>
    public const int MaxUnits = 128;

    public static DrawFinding? Shortfall(DrawPlan plan, IReadOnlyList<(DrawEmployee Person, Role Role)> drafted) =>
        PartyRoles.All.Select(role => Shortfall(plan, role, drafted.Where(d => d.Role == role).Select(d => d.Person)))
            .FirstOrDefault(f => f is not null);

    public static DrawFinding? Shortfall(DrawPlan plan, Role role, IEnumerable<DrawEmployee> people)
    {
        var units = plan.Units;
        if (units.Count > MaxUnits)
        {
            return null;
        }

        var slots = units.Count * 2; // per unit: ordinary seats, then all-women seats
        var need = new int[slots];
        for (var u = 0; u < units.Count; u++)
        {
            need[2 * u] = units[u].Seats(role) - units[u].WomenSeats(role);
            need[2 * u + 1] = units[u].WomenSeats(role);
        }
        var total = need.Sum();
        if (total == 0)
        {
            return null;
        }

        var groups = new Dictionary<(UInt128 Units, bool Woman), int>();
        foreach (var e in people)
        {
            var key = (Mask(units, e), Eligibility.IsWoman(e));
            groups[key] = groups.GetValueOrDefault(key) + 1;
        }
        var flow = new MaxFlow(2 + groups.Count + slots);
        int source = 0, sink = 1, g0 = 2, s0 = 2 + groups.Count;
        var index = 0;
        foreach (var ((mask, woman), count) in groups)
        {
            flow.Add(source, g0 + index, count);
            for (var u = 0; u < units.Count; u++)
            {
                if ((mask & (UInt128.One << u)) == UInt128.Zero)
                {
                    continue;
                }

                flow.Add(g0 + index, s0 + 2 * u, int.MaxValue / 4);
                if (woman)
                {
                    flow.Add(g0 + index, s0 + 2 * u + 1, int.MaxValue / 4);
                }
            }
            index++;
        }
        var slotEdges = new int[slots];
        for (var s = 0; s < slots; s++)
        {
            slotEdges[s] = flow.Add(s0 + s, sink, need[s]);
        }

        var filled = flow.Run(source, sink);
        if (filled >= total)
        {
            return null;
        }

        var short_ = Enumerable.Range(0, slots).Where(s => flow.Flow(slotEdges[s]) < need[s])
            .Select(s => units[s / 2].UnitCode + (s % 2 == 1 ? " (all-women)" : "")).ToList();
        return new DrawFinding(short_.Any(s => s.EndsWith(')')) ? "Women" : "NotPostedAtHome",
            $"{PartyRoles.Title(role)}: {total} seats, only {filled} can be filled by people who may serve in the unit; short in {string.Join(", ", short_)}.",
            total, filled);
    }

    private static UInt128 Mask(IReadOnlyList<UnitNeed> units, DrawEmployee e)
    {
        var mask = UInt128.Zero;
        for (var u = 0; u < units.Count; u++)
        {
            if (Eligibility.MayServeIn(e, units[u].UnitCode))
            {
                mask |= UInt128.One << u;
            }
        }

        return mask;
    }

    /// <summary>Edmonds–Karp; the graphs here have a few hundred nodes at most.</summary>
    private sealed class MaxFlow(int nodes)
    {
        private readonly List<int>[] adjacent = Enumerable.Range(0, nodes).Select(_ => new List<int>()).ToArray();
        private readonly List<(int To, int Capacity)> edges = [];
        private readonly List<int> initial = [];

        public int Add(int from, int to, int capacity)
        {
            adjacent[from].Add(edges.Count); edges.Add((to, capacity)); initial.Add(capacity);
            adjacent[to].Add(edges.Count); edges.Add((from, 0)); initial.Add(0);
            return edges.Count - 2;
        }

        public int Flow(int edge) => initial[edge] - edges[edge].Capacity;

        public int Run(int source, int sink)
        {
            var total = 0;
            var via = new int[adjacent.Length];
            while (true)
            {
                Array.Fill(via, -1);
                var queue = new Queue<int>([source]);
                while (queue.Count > 0 && via[sink] < 0)
                {
                    var node = queue.Dequeue();
                    foreach (var e in adjacent[node])
                    {
                        var (to, capacity) = edges[e];
                        if (capacity <= 0 || to == source || via[to] >= 0)
                        {
                            continue;
                        }

                        via[to] = e;
                        queue.Enqueue(to);
                    }
                }
                if (via[sink] < 0)
                {
                    return total;
                }

                var push = int.MaxValue;
                for (var n = sink; n != source; n = edges[via[n] ^ 1].To)
                {
                    push = Math.Min(push, edges[via[n]].Capacity);
                }

                for (var n = sink; n != source; n = edges[via[n] ^ 1].To)
                {
                    edges[via[n]] = (edges[via[n]].To, edges[via[n]].Capacity - push);
                    edges[via[n] ^ 1] = (edges[via[n] ^ 1].To, edges[via[n] ^ 1].Capacity + push);
                }
                total += push;
            }
        }
    }
}
