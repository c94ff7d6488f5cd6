namespace ElectionTool.Draw;

/// <summary>
/// The hierarchy rule needs, for every role, the k-th best-paid member to be paid no more than the
/// k-th best-paid Presiding Officer. A pure draw can miss that at the very top of the pay scale
/// (a senior officer drawn as Polling Officer). This swaps the roles of such a member and the
/// lowest-paid Presiding Officer who may hold the member's role: the same people stay drafted,
/// every role band still holds, and stage 2 can then always keep the hierarchy.
/// </summary>
internal static class SeniorityCorrection
{
    /// <summary>
    /// Each member must have this many more better-paid Presiding Officers than members above them,
    /// so the top of the scale leaves stage 2 a choice of party (units and offices must fit too).
    /// </summary>
    public const int Slack = 16;

    /// <summary>
    /// Returns how many pairs changed roles. <paramref name="places"/> gives each drafted person's place in
    /// <paramref name="pool"/>, which is in id order, so the places rank them by id as they are. The role bands are
    /// read from the pool, which worked them out under the draw's settings.
    /// </summary>
    public static int Apply(List<StageOneAssignment> drafted, SelectionPool pool, List<int> places, DrawPlan plan, string version)
    {
        using var swaps = new Swaps(drafted, pool, places, plan);
        return Apply(swaps, drafted.Count, version);
    }

    private static int Apply(Swaps swap, int drafted, string version)
    {
        var swaps = 0;
        for (var guard = 0; guard < drafted; guard++)
        {
            if (!swap.FixOne(promote: !DrawAlgorithm.IsV1(version)))
            {
                break;
            }

            swaps++;
        }
        return swaps;
    }

    /// <summary>
    /// The drafted people as arrays: a swap changes the roles at two indexes, never who holds an index, so the
    /// pay order is worked out once. What it asks of a person (role bands, womanhood, pay key, id) it reads from the
    /// pool's arrays by place, not from the records, which lie scattered (each read a cache miss). The arrays are of
    /// the drafted's size, a large object each every attempt: rented, and given back on <see cref="Dispose"/>.
    /// </summary>
    private sealed class Swaps : IDisposable
    {
        private readonly List<StageOneAssignment> drafted;

        private readonly SelectionPool pool;

        /// <summary>Per index, its holder's place in <see cref="pool"/>.</summary>
        private readonly List<int> places;

        /// <summary>Each index's role, kept beside the list so the scans below read an array.</summary>
        private readonly Role[] role;

        /// <summary>Pay as one number (level, then basic pay) when every amount is whole; null: compare the records.</summary>
        private readonly long[]? payKey;
        private readonly long[] rentedPayKey;
        private readonly DrawPlan plan;
        private readonly int looseFourth;

        /// <summary>Indexes best paid first (level, basic pay), then by id (the first <see cref="count"/> of a rented array).</summary>
        private readonly int[] byPay;
        private readonly int count;
        private readonly int[] women = new int[PartyRoles.Count];

        /// <summary>
        /// Every role's holders best paid first (as <see cref="FixOne"/> last listed them), role after role: role r's
        /// <see cref="holderCount"/>[r] from <see cref="holderStart"/>[r] (a swap moves no one between roles' counts, so
        /// each role's room is its count). Rented with the other arrays.
        /// </summary>
        private readonly int[] holderOrder;
        private readonly int[] holderStart = new int[PartyRoles.Count];
        private readonly int[] holderCount = new int[PartyRoles.Count];

        /// <param name="places">Per index, the holder's place in <paramref name="pool"/> (which is in id order, so the places order the people by id).</param>
        public Swaps(List<StageOneAssignment> drafted, SelectionPool pool, List<int> places, DrawPlan plan)
        {
            this.drafted = drafted;
            this.pool = pool;
            this.places = places;
            this.plan = plan;
            count = drafted.Count;
            role = System.Buffers.ArrayPool<Role>.Shared.Rent(count);
            Span<int> perRole = stackalloc int[PartyRoles.Count];
            for (var i = 0; i < count; i++)
            {
                role[i] = drafted[i].Role;
                if ((uint)role[i] < PartyRoles.Count)
                {
                    perRole[(int)role[i]]++;
                }
            }

            for (var r = 1; r < PartyRoles.Count; r++)
            {
                holderStart[r] = holderStart[r - 1] + perRole[r - 1];
            }

            holderOrder = System.Buffers.ArrayPool<int>.Shared.Rent(count);

            // The pay keys and womanhood from the pool's arrays, by place: the records lie scattered, each read a cache miss.
            rentedPayKey = System.Buffers.ArrayPool<long>.Shared.Rent(count);
            var poolKeys = pool.PayKeys;
            var wholePay = true;
            for (var i = 0; i < count; i++)
            {
                rentedPayKey[i] = poolKeys[places[i]];
                wholePay &= rentedPayKey[i] != PayKey.NotWhole;
            }

            payKey = wholePay ? rentedPayKey : null;
            looseFourth = plan.Units.Sum(u => u.ReserveFourthOfficers);
            byPay = System.Buffers.ArrayPool<int>.Shared.Rent(count);
            // Best paid first, then by id: a total order (each person once), so the sort has one result.
            if (payKey is not null)
            {
                SortByKeys(byPay.AsSpan(0, count), payKey.AsSpan(0, count), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(places));
            }
            else
            {
                for (var i = 0; i < count; i++)
                {
                    byPay[i] = i;
                }

                byPay.AsSpan(0, count).Sort((a, b) =>
                {
                    var c = ComparePay(b, a);
                    return c != 0 ? c : Id(a).CompareTo(Id(b));
                });
            }
            for (var i = 0; i < drafted.Count; i++)
            {
                if ((uint)role[i] < PartyRoles.Count && pool.IsWoman(places[i]))
                {
                    women[(int)drafted[i].Role]++;
                }
            }
        }

        public void Dispose()
        {
            System.Buffers.ArrayPool<Role>.Shared.Return(role);
            System.Buffers.ArrayPool<long>.Shared.Return(rentedPayKey);
            System.Buffers.ArrayPool<int>.Shared.Return(byPay);
            System.Buffers.ArrayPool<int>.Shared.Return(holderOrder);
        }

        /// <summary>
        /// The same order from one plain number sort: each person's place in the pay order (0 = best paid) above their
        /// rank by id, as one unique 64-bit key.
        /// </summary>
        private static void SortByKeys(Span<int> byPay, ReadOnlySpan<long> payKey, ReadOnlySpan<int> idRank)
        {
            var n = byPay.Length;
            var highestRank = 0;
            foreach (var rank in idRank)
            {
                highestRank = Math.Max(highestRank, rank);
            }

            var idBits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)highestRank);
            // Scratch for this sort only, rented: two more large arrays per attempt otherwise wait for a full collection.
            using var rented = new RentedSpan<long>(n);
            var keys = rented.Span;
            PayPlaces(payKey, 63 - idBits, keys);
            long highest = 0;
            for (var i = 0; i < n; i++)
            {
                keys[i] = (keys[i] << idBits) | (uint)idRank[i];
                highest = Math.Max(highest, keys[i]);
            }

            // The keys are unique, so any sort gives the one order: a radix sort over their bits (a few counting passes)
            // instead of a comparison sort (about fifteen passes, with branches the data decides).
            KeySort.Ascending(keys, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)highest), byPay);
        }

        /// <summary>
        /// Per person, written into <paramref name="place"/> (as long as the keys), a number that is 0 for the best paid and grows as pay falls (equal pay, equal number), in at most
        /// <paramref name="bits"/> bits: the compacted pay key counted down from the highest when it fits (usually), else
        /// the dense rank of the pay, which takes a sort more.
        /// </summary>
        private static void PayPlaces(ReadOnlySpan<long> payKey, int bits, Span<long> place)
        {
            var n = payKey.Length;
            payKey.CopyTo(place);
            if (PayKey.Compact(place[..n]) <= bits)
            {
                long highest = 0;
                for (var i = 0; i < n; i++)
                {
                    highest = Math.Max(highest, place[i]);
                }

                for (var i = 0; i < n; i++)
                {
                    place[i] = highest - place[i];
                }

                return;
            }

            var pays = payKey.ToArray();
            var byPayAscending = new int[n];
            for (var i = 0; i < n; i++)
            {
                byPayAscending[i] = i;
            }

            Array.Sort(pays, byPayAscending);
            // Dense pay ranks read off the sorted pays, best paid (the end) first.
            var payRank = 0;
            for (var k = n - 1; k >= 0; k--)
            {
                if (k < n - 1 && pays[k] != pays[k + 1])
                {
                    payRank++;
                }

                place[byPayAscending[k]] = payRank;
            }
        }

        private ReadOnlySpan<int> Holders(Role role) => holderOrder.AsSpan(holderStart[(int)role], holderCount[(int)role]);

        /// <summary>Eligibility.ComparePay of the holders of two indexes.</summary>
        private int ComparePay(int a, int b) =>
            payKey is { } key ? key[a].CompareTo(key[b]) : Eligibility.ComparePay(pool.People[places[a]], pool.People[places[b]]);

        private long Id(int index) => pool.Ids[places[index]];

        private bool InBand(int index, Role role) => pool.InBand(places[index], role);

        private bool IsWoman(int index) => pool.IsWoman(places[index]);

        public bool FixOne(bool promote)
        {
            // Every role's holders best paid first, from one walk down the pay order; the best-paid 4th officers
            // can be held as loose reserve, outside any party, so they are left out.
            Array.Clear(holderCount);
            var skip = looseFourth;
            foreach (var i in byPay.AsSpan(0, count))
            {
                if ((uint)role[i] < PartyRoles.Count && (role[i] != Role.PollingOfficer4 || skip-- <= 0))
                {
                    var r = (int)role[i];
                    holderOrder[holderStart[r] + holderCount[r]++] = i;
                }
            }

            var presiding = Holders(Role.PresidingOfficer);
            foreach (var memberRole in PartyRoles.All.Skip(1))
            {
                var members = Holders(memberRole);
                for (var k = 0; k < members.Length; k++)
                {
                    var rank = Math.Min(k + Slack, presiding.Length - 1);
                    if (ComparePay(members[k], presiding[rank]) <= 0)
                    {
                        continue;
                    }

                    if (InBand(members[k], Role.PresidingOfficer) && SwapWithLowest(members[k]))
                    {
                        return true;
                    }

                    if (promote && Promote(members[k]))
                    {
                        return true;
                    }
                }
            }
            return false;
        }

        /// <summary>
        /// The holder of <paramref name="index"/> becomes Presiding Officer; the lowest-paid Presiding Officer who is
        /// paid less, may hold the holder's role and whose move keeps the women seats takes that role.
        /// </summary>
        private bool SwapWithLowest(int index)
        {
            var memberRole = role[index];
            var presiding = Holders(Role.PresidingOfficer);
            for (var p = presiding.Length - 1; p >= 0; p--)
            {
                var officer = presiding[p];
                if (ComparePay(officer, index) >= 0)
                {
                    break;
                }

                if (!InBand(officer, memberRole) || !KeepsWomen(officer, index, memberRole))
                {
                    continue;
                }

                var (officerId, memberId) = (Id(officer), Id(index));
                drafted[officer] = new StageOneAssignment(officerId, memberRole);
                drafted[index] = new StageOneAssignment(memberId, Role.PresidingOfficer);
                role[officer] = memberRole;
                role[index] = Role.PresidingOfficer;
                Moved(officer, Role.PresidingOfficer, memberRole);
                Moved(index, memberRole, Role.PresidingOfficer);
                DrawTrace.Note($"seniority: {memberId} {memberRole} -> PresidingOfficer; {officerId} PresidingOfficer -> {memberRole}");
                return true;
            }
            return false;
        }

        /// <summary>
        /// ET-DRAW-2: a member who may not preside (a contractual officer at level 12, say) still needs a Presiding
        /// Officer paid at least as much. The best-paid drafted member, of any role, who is in the Presiding Officer
        /// band and paid at least as much as that member is made Presiding Officer in place of a lower-paid one.
        /// </summary>
        private bool Promote(int member)
        {
            foreach (var i in byPay.AsSpan(0, count))
            {
                if (ComparePay(i, member) < 0)
                {
                    break;
                }

                if (role[i] != Role.PresidingOfficer && InBand(i, Role.PresidingOfficer) &&
                    SwapWithLowest(i))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>A swap must not leave a role short of the women its all-women parties need (officer, member: indexes).</summary>
        private bool KeepsWomen(int officer, int member, Role role)
        {
            var officerWoman = IsWoman(officer);
            if (officerWoman == IsWoman(member))
            {
                return true;
            }

            var losing = officerWoman ? Role.PresidingOfficer : role;
            return women[(int)losing] - 1 >= plan.WomenSeats(losing);
        }

        private void Moved(int index, Role from, Role to)
        {
            if (IsWoman(index))
            {
                women[(int)from]--;
                women[(int)to]++;
            }
        }
    }
}
