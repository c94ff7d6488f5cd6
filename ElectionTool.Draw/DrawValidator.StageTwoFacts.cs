using System.Buffers;

namespace ElectionTool.Draw;

public static partial class DrawValidator
{
    /// <summary>
    /// Stage 1's roles by employee (the first, if one is listed twice) and the pool's record of each person asked for.
    /// Its arrays (of the drafted count, large objects for a district) are rented and given back on <see cref="Dispose"/>.
    /// </summary>
    private sealed class StageTwoFacts : IDisposable
    {
        private readonly DrawInput input;

        /// <summary>Each drafted id's place in <see cref="roles"/> and <see cref="people"/>: stage 1's order, each id once.</summary>
        private readonly IdSlots slots;
        private Role[] roles;

        /// <summary>The pool's first record of each drafted id (null when the pool has none).</summary>
        private DrawEmployee?[] people;
        private Dictionary<long, DrawEmployee>? pool;

        public StageTwoFacts(DrawInput input, StageOneResult one)
        {
            this.input = input;
            var assignments = one.Assignments;
            (slots, roles, people) = Slots(assignments.Count, i => assignments[i].EmployeeId);
            for (var i = 0; i < assignments.Count; i++)
            {
                if (slots.TryAdd(assignments[i].EmployeeId))
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
            (slots, roles, people) = Slots(drafted.Count, i => drafted[i].Person.Id);
            for (var i = 0; i < drafted.Count; i++)
            {
                if (slots.TryAdd(drafted[i].Person.Id))
                {
                    (people[slots.Count - 1], roles[slots.Count - 1]) = drafted[i];
                }
            }
        }

        /// <summary>Slots for <paramref name="count"/> ids (none added yet), and room for each one's role and record.</summary>
        private static (IdSlots, Role[], DrawEmployee?[]) Slots(int count, Func<int, long> idAt)
        {
            var ids = ArrayPool<long>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                ids[i] = idAt(i);
            }

            var slots = new IdSlots(ids.AsSpan(0, count));
            ArrayPool<long>.Shared.Return(ids);
            var people = ArrayPool<DrawEmployee?>.Shared.Rent(count);
            Array.Clear(people, 0, count);
            return (slots, ArrayPool<Role>.Shared.Rent(count), people);
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

        public void Dispose()
        {
            slots.Dispose();
            if (roles.Length > 0)
            {
                ArrayPool<Role>.Shared.Return(roles);
                ArrayPool<DrawEmployee?>.Shared.Return(people, clearArray: true);
                (roles, people) = ([], []);
            }
        }
    }
}
