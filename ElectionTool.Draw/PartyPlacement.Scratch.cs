namespace ElectionTool.Draw;

// The placement's working arrays, rented once and kept for every attempt: each role's people, each role's seats by
// kind, the women's seats dealt.
internal sealed partial class PartyPlacement
{
    // Kept from one attempt to the next (a stage makes up to 16): the lists are cleared and refilled, so an attempt
    // allocates next to nothing, and each role's seats by kind depend on the board alone. The arrays of the people's
    // or the seats' size are a large object each, and a draw places twice (stage 1's witness and stage 2): they are
    // rented and given back on Dispose.
    /// <summary>
    /// The role being seated split into its women, its men (the others), and the women left once the all-women seats
    /// are filled (room for the men too: without the women rule's pattern they join them, <see cref="SeatMixed"/>): each
    /// the first so many of a rented array as long as the largest role.
    /// </summary>
    private int[] women = [], others = [], leftWomen = [];
    private int womenCount, othersCount, leftCount;

    /// <summary>Each role's people in board order, role after role: role r's from <see cref="roleStart"/>[r] to [r + 1].</summary>
    private int[] byRole = [];
    private readonly int[] roleStart = new int[PartyRoles.Count + 1];

    /// <summary>Each role's seats (<see cref="SeatsByKind"/>), role after role, where <see cref="kindStart"/> says; null until first asked.</summary>
    private int[]? seatsByKind;
    private readonly (int AllWomen, int Ordinary, int Loose, int End)[] kindStart = new (int, int, int, int)[PartyRoles.Count];
    private bool[] womenSeat = [];

    /// <summary>Each role's people, in the board's order (role after role in <see cref="byRole"/>).</summary>
    private void PeopleByRole()
    {
        // Counted first, so each role's run starts where the roles before it end.
        var role = board.People.Role;
        Span<int> next = stackalloc int[PartyRoles.Count];
        foreach (var r in role)
        {
            if ((uint)r < PartyRoles.Count)
            {
                next[(int)r]++;
            }
        }

        for (var r = 0; r < PartyRoles.Count; r++)
        {
            roleStart[r + 1] = roleStart[r] + next[r];
            next[r] = roleStart[r];
        }

        if (byRole.Length == 0)
        {
            byRole = System.Buffers.ArrayPool<int>.Shared.Rent(roleStart[PartyRoles.Count]);
            var largestRole = 0;
            for (var r = 0; r < PartyRoles.Count; r++)
            {
                largestRole = Math.Max(largestRole, roleStart[r + 1] - roleStart[r]);
            }

            (women, others, leftWomen) = (Rent(largestRole), Rent(largestRole), Rent(largestRole));
        }

        for (var i = 0; i < role.Length; i++)
        {
            if ((uint)role[i] < PartyRoles.Count)
            {
                byRole[next[(int)role[i]]++] = i;
            }
        }
    }

    private Span<int> RolePeople(int role) => byRole.AsSpan(roleStart[role], roleStart[role + 1] - roleStart[role]);

    private Span<int> Women => women.AsSpan(0, womenCount);

    private Span<int> Others => others.AsSpan(0, othersCount);

    private Span<int> LeftWomen => leftWomen.AsSpan(0, leftCount);

    /// <summary>A role's seats in board order (<see cref="PartyBoard.SeatsOf"/>): in all-women parties, in other parties, and loose.</summary>
    private void SeatsByKind(Role role, out ReadOnlySpan<int> allWomenSeats, out ReadOnlySpan<int> ordinarySeats, out ReadOnlySpan<int> looseSeats)
    {
        if (seatsByKind is null)
        {
            // Written role by role, each role's seats kind by kind: the kinds' counts are known before its seats are listed.
            seatsByKind = System.Buffers.ArrayPool<int>.Shared.Rent(board.Holder.Length);
            var start = 0;
            foreach (var r in PartyRoles.All)
            {
                var (allWomen, loose, all) = (0, 0, 0);
                foreach (var seat in board.SeatsOf(r))
                {
                    all++;
                    loose += board.IsLoose(seat) ? 1 : 0;
                    allWomen += !board.IsLoose(seat) && board.AllWomen[seat / PartyBoard.SeatsPerParty] ? 1 : 0;
                }

                var (nextAllWomen, nextOrdinary, nextLoose) = (start, start + allWomen, start + all - loose);
                kindStart[(int)r] = (nextAllWomen, nextOrdinary, nextLoose, start + all);
                foreach (var seat in board.SeatsOf(r))
                {
                    if (board.IsLoose(seat))
                    {
                        seatsByKind[nextLoose++] = seat;
                    }
                    else if (board.AllWomen[seat / PartyBoard.SeatsPerParty])
                    {
                        seatsByKind[nextAllWomen++] = seat;
                    }
                    else
                    {
                        seatsByKind[nextOrdinary++] = seat;
                    }
                }

                start += all;
            }
        }

        var (w, o, l, end) = kindStart[(int)role];
        allWomenSeats = seatsByKind.AsSpan(w, o - w);
        ordinarySeats = seatsByKind.AsSpan(o, l - o);
        looseSeats = seatsByKind.AsSpan(l, end - l);
    }

    private static int[] Rent(int length) => System.Buffers.ArrayPool<int>.Shared.Rent(length);

    /// <summary>Gives the rented arrays back; no attempt is to be made after this.</summary>
    public void Dispose()
    {
        if (byRole.Length > 0)
        {
            foreach (var array in (int[][])[byRole, women, others, leftWomen])
            {
                System.Buffers.ArrayPool<int>.Shared.Return(array);
            }

            (byRole, women, others, leftWomen) = ([], [], [], []);
        }

        if (seatsByKind is not null)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(seatsByKind);
            seatsByKind = null;
        }

        if (womenSeat.Length > 0)
        {
            System.Buffers.ArrayPool<bool>.Shared.Return(womenSeat);
            womenSeat = [];
        }
    }
}
