namespace ElectionTool.Draw;

public static partial class DrawValidator
{
    /// <summary>
    /// Stage 1's roles by employee (the first, if one is listed twice) and the pool's record of each person asked for.
    /// Disposing it gives back its id slots' rented array.
    /// </summary>
    private sealed class StageTwoFacts : IDisposable
    {
        private readonly DrawInput input;

        /// <summary>Each drafted id's place in <see cref="drafted"/>: stage 1's order, each id once.</summary>
        private readonly IdSlots slots;

        /// <summary>
        /// Per slot, the pool's first record of the id and stage 1's role. The record is left null (the array's default)
        /// for an id the pool does not hold, which only a stage 1 result read against the pool can ask.
        /// </summary>
        private readonly IReadOnlyList<(DrawEmployee Person, Role Role)> drafted;
        private Dictionary<long, DrawEmployee>? pool;

        public StageTwoFacts(DrawInput input, StageOneResult one)
        {
            this.input = input;
            var assignments = one.Assignments;
            // The ids are read only while the slots are made: rented, as they are a large object for a district.
            using var idScratch = new RentedSpan<long>(assignments.Count);
            var ids = idScratch.Span;
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = assignments[i].EmployeeId;
            }

            slots = new IdSlots(ids);
            var drafted = new (DrawEmployee Person, Role Role)[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                if (slots.TryAdd(ids[i]))
                {
                    drafted[slots.Count - 1].Role = assignments[i].Role;
                }
            }

            foreach (var e in CanonicalOrder.Items(input.Pool))
            {
                if (slots.Of(e.Id) is var slot && slot >= 0)
                {
                    drafted[slot].Person ??= e;
                }
            }

            this.drafted = drafted;
        }

        public StageTwoFacts(DrawInput input, IReadOnlyList<(DrawEmployee Person, Role Role)> drafted)
        {
            this.input = input;
            using var idScratch = new RentedSpan<long>(drafted.Count);
            var ids = idScratch.Span;
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = drafted[i].Person.Id;
            }

            slots = new IdSlots(ids);
            foreach (var id in ids)
            {
                slots.TryAdd(id);
            }

            if (slots.Count == drafted.Count)
            {
                // Each id once (stage 2's own drafted always are): each slot is the person's place in the list, which
                // is read as it is rather than copied into arrays of thousands.
                this.drafted = drafted;
                return;
            }

            // An id listed twice: its first listing holds its slot.
            var first = new (DrawEmployee Person, Role Role)[slots.Count];
            for (var i = drafted.Count - 1; i >= 0; i--)
            {
                first[slots.Of(drafted[i].Person.Id)] = drafted[i];
            }

            this.drafted = first;
        }

        /// <summary>How many people stage 1 drafted (each id once).</summary>
        public int Count => slots.Count;

        /// <summary>The id's place among the drafted (0 to <see cref="Count"/> - 1), or -1 when stage 1 did not draft it.</summary>
        public int SlotOf(long id) => slots.Of(id);

        public Role RoleAt(int slot) => drafted[slot].Role;

        /// <summary>The pool's record of a drafted person, or null when the pool has none.</summary>
        public DrawEmployee? PersonAt(int slot) => drafted[slot].Person;

        /// <summary>The drafted people found in the pool, in id order: the order the input text lists them in, so its hash sorts nothing.</summary>
        public List<DrawEmployee> Drafted()
        {
            var inIdOrder = new List<DrawEmployee>(Count);
            foreach (var slot in slots.InIdOrder())
            {
                if (drafted[slot].Person is { } e)
                {
                    inIdOrder.Add(e);
                }
            }

            return inIdOrder;
        }

        /// <summary>The pool's first record of an id stage 1 did not draft, or null.</summary>
        public DrawEmployee? Stranger(long id)
        {
            if (pool is null)
            {
                pool = new Dictionary<long, DrawEmployee>(input.Pool.Count);
                foreach (var p in input.Pool)
                {
                    pool.TryAdd(p.Id, p);
                }
            }

            return pool.GetValueOrDefault(id);
        }

        public void Dispose() => slots.Dispose();
    }
}
