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

        /// <summary>Each drafted id's place in <see cref="roles"/> and <see cref="people"/>: stage 1's order, each id once.</summary>
        private readonly IdSlots slots;
        private readonly Role[] roles;

        /// <summary>The pool's first record of each drafted id (null when the pool has none).</summary>
        private readonly DrawEmployee?[] people;
        private Dictionary<long, DrawEmployee>? pool;

        public StageTwoFacts(DrawInput input, StageOneResult one)
        {
            this.input = input;
            var assignments = one.Assignments;
            var ids = new long[assignments.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = assignments[i].EmployeeId;
            }

            slots = new IdSlots(ids);
            roles = new Role[ids.Length];
            people = new DrawEmployee?[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                if (slots.TryAdd(ids[i]))
                {
                    roles[slots.Count - 1] = assignments[i].Role;
                }
            }

            foreach (var e in CanonicalOrder.Items(input.Pool))
            {
                if (slots.Of(e.Id) is var slot && slot >= 0)
                {
                    people[slot] ??= e;
                }
            }
        }

        public StageTwoFacts(DrawInput input, IReadOnlyList<(DrawEmployee Person, Role Role)> drafted)
        {
            this.input = input;
            var ids = new long[drafted.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = drafted[i].Person.Id;
            }

            slots = new IdSlots(ids);
            roles = new Role[ids.Length];
            people = new DrawEmployee?[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                if (slots.TryAdd(ids[i]))
                {
                    (people[slots.Count - 1], roles[slots.Count - 1]) = drafted[i];
                }
            }
        }

        /// <summary>How many people stage 1 drafted (each id once).</summary>
        public int Count => slots.Count;

        /// <summary>The id's place among the drafted (0 to <see cref="Count"/> - 1), or -1 when stage 1 did not draft it.</summary>
        public int SlotOf(long id) => slots.Of(id);

        public Role RoleAt(int slot) => roles[slot];

        /// <summary>The pool's record of a drafted person, or null when the pool has none.</summary>
        public DrawEmployee? PersonAt(int slot) => people[slot];

        /// <summary>The drafted people found in the pool, in id order: the order the input text lists them in, so its hash sorts nothing.</summary>
        public List<DrawEmployee> Drafted()
        {
            var drafted = new List<DrawEmployee>(Count);
            foreach (var slot in slots.InIdOrder())
            {
                if (people[slot] is { } e)
                {
                    drafted.Add(e);
                }
            }

            return drafted;
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
