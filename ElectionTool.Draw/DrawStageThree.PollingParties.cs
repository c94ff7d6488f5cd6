namespace ElectionTool.Draw;

public static partial class DrawStageThree
{
    /// <summary>
    /// Stage 2's polling parties by unit and kind, each group in stage 2's order, and the groups in the order each first
    /// appears. The parties are placed group after group in one rented array (a counting sort: one look-up of its group
    /// per party, no list grown per group), given back on <see cref="Dispose"/>.
    /// </summary>
    private sealed class PollingParties : IDisposable
    {
        /// <summary>Each group's number, in order of first appearance; group g's parties are <see cref="count"/>[g] from <see cref="start"/>[g].</summary>
        private readonly Dictionary<(string UnitCode, int Kind), int> group = [];
        private readonly List<int> start = [];
        private readonly List<int> count = [];
        private DrawParty[] byGroup;

        public PollingParties(IReadOnlyList<DrawParty> parties)
        {
            using var groupOfScratch = new RentedSpan<int>(parties.Count);
            var groupOf = groupOfScratch.Span;
            for (var p = 0; p < parties.Count; p++)
            {
                var party = parties[p];
                if (party.IsReserve)
                {
                    groupOf[p] = -1;
                    continue;
                }

                var fourth = false;
                for (var m = 0; m < party.Members.Count; m++)
                {
                    fourth |= party.Members[m].Role == Role.PollingOfficer4;
                }

                var key = (party.UnitCode, Kind(party.AllWomen, fourth));
                ref var g = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(group, key, out var seen);
                if (!seen)
                {
                    g = count.Count;
                    count.Add(0);
                    Groups.Add(key);
                }

                groupOf[p] = g;
                count[g]++;
            }

            // Each group's parties after those of the groups before it, in stage 2's order.
            var at = 0;
            foreach (var n in count)
            {
                start.Add(at);
                at += n;
            }

            byGroup = System.Buffers.ArrayPool<DrawParty>.Shared.Rent(at);
            var next = start.ToArray();
            for (var p = 0; p < parties.Count; p++)
            {
                if (groupOf[p] >= 0)
                {
                    byGroup[next[groupOf[p]]++] = parties[p];
                }
            }
        }

        /// <summary>The groups, in the order each first appears.</summary>
        public List<(string UnitCode, int Kind)> Groups { get; } = [];

        /// <summary>The group's parties in stage 2's order (empty when there are none), for the draw to reorder in place.</summary>
        public Span<DrawParty> Of((string UnitCode, int Kind) key) =>
            group.TryGetValue(key, out var g) ? byGroup.AsSpan(start[g], count[g]) : [];

        public void Dispose()
        {
            System.Buffers.ArrayPool<DrawParty>.Shared.Return(byGroup, clearArray: true);
            byGroup = [];
        }
    }
}
