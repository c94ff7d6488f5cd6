namespace ElectionTool.Draw;

/// <summary>
/// Mends what the greedy placement left broken by swapping two people of the same role between
/// parties (or a loose reserve seat). A swap is kept only when it lowers the broken-rule count of the
/// two places involved, the women rule included, so the work is bounded and always makes progress.
/// </summary>
/// <remarks>
/// Its arrays (one entry per party, one per seat) are a large object each; a draw repairs twice (stage 1's witness
/// and stage 2), so they are rented once per repair's life, kept across attempts, and given back on <see cref="Dispose"/>.
/// </remarks>
internal sealed class PartyRepair(PartyBoard board, DrawRandom rng) : IDisposable
{
    private const int Passes = 40;
    private const int RandomTries = 48;

    /// <summary>
    /// Each party's broken-rule count (<see cref="PartyBoard.Violations"/>), counted once per repair and kept up to
    /// date with every kept swap: nothing else moves anyone while the repair runs, and the scans ask it thousands of times.
    /// </summary>
    private int[] partyBroken = [];

    /// <summary>Each role's seated seats in board order, role after role: role r's are from <see cref="roleStart"/>[r] to [r + 1].</summary>
    private int[] seated = [];
    private readonly int[] roleStart = new int[PartyRoles.Count + 1];

    /// <summary>The seats <see cref="BrokenSeats"/> found last, refilled each pass.</summary>
    private readonly List<int> brokenSeats = [];

    public bool Repair()
    {
        var people = board.People;
        if (partyBroken.Length == 0)
        {
            partyBroken = System.Buffers.ArrayPool<int>.Shared.Rent(board.Parties);
            seated = System.Buffers.ArrayPool<int>.Shared.Rent(board.Holder.Length);
        }

        for (var p = 0; p < board.Parties; p++)
        {
            partyBroken[p] = board.Violations(p * PartyBoard.SeatsPerParty);
        }

        // Each role's seated seats, in board order: the candidates a broken seat's holder may swap with.
        var count = 0;
        foreach (var role in PartyRoles.All)
        {
            roleStart[(int)role] = count;
            foreach (var s in board.SeatsOf(role))
            {
                if (board.Holder[s] >= 0)
                {
                    seated[count++] = s;
                }
            }
        }

        roleStart[PartyRoles.Count] = count;
        for (var pass = 0; pass < Passes; pass++)
        {
            BrokenSeats();
            if (brokenSeats.Count == 0)
            {
                return true;
            }

            foreach (var seat in brokenSeats)
            {
                if (!board.Involved(seat))
                {
                    continue;
                }

                var r = (int)people.Role[board.Holder[seat]];
                TryFix(seat, seated.AsSpan(roleStart[r], roleStart[r + 1] - roleStart[r]), thorough: pass >= 2);
            }
        }

        BrokenSeats();
        return brokenSeats.Count == 0;
    }

    /// <summary>Gives the arrays back; a repair is not to be run after this.</summary>
    public void Dispose()
    {
        if (partyBroken.Length > 0)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(partyBroken);
            System.Buffers.ArrayPool<int>.Shared.Return(seated);
            (partyBroken, seated) = ([], []);
        }
    }

    /// <summary>Seats of every party with a broken rule, last roles first (members move before Presiding Officers), into <see cref="brokenSeats"/>.</summary>
    private void BrokenSeats()
    {
        brokenSeats.Clear();
        for (var p = 0; p < board.Parties; p++)
        {
            if (partyBroken[p] == 0)
            {
                continue;
            }

            var first = p * PartyBoard.SeatsPerParty;
            for (var r = PartyBoard.SeatsPerParty - 1; r >= 0; r--)
            {
                if (board.Holder[first + r] >= 0)
                {
                    brokenSeats.Add(first + r);
                }
            }
        }
        for (var seat = board.Parties * PartyBoard.SeatsPerParty; seat < board.Holder.Length; seat++)
        {
            if (board.Violations(seat) > 0)
            {
                brokenSeats.Add(seat);
            }
        }
    }

    /// <summary>The broken-rule count of a seat's party, or of a loose seat.</summary>
    private int Broken(int seat) => board.IsLoose(seat) ? board.Violations(seat) : partyBroken[seat / PartyBoard.SeatsPerParty];

    private void TryFix(int seat, ReadOnlySpan<int> candidates, bool thorough)
    {
        // Every swap tried here is undone unless it is kept (and then the search stops), so the broken seat's own
        // count and its party without it stay the same throughout: worked out once.
        var broken = Broken(seat);
        var open = new OpenSeat(board, seat);
        for (var t = 0; t < RandomTries; t++)
        {
            if (TrySwap(seat, open, broken, candidates[rng.NextInt(candidates.Length)], sideways: false))
            {
                return;
            }
        }

        if (!thorough)
        {
            return;
        }

        if (Scan(seat, open, broken, candidates, sideways: false))
        {
            return;
        }

        // Stuck: a sideways swap (no worse) moves the problem elsewhere, where a later pass may solve it.
        Scan(seat, open, broken, candidates, sideways: true);
    }

    /// <summary>Every candidate once, going round from a random one, until a swap is kept.</summary>
    private bool Scan(int seat, OpenSeat open, int broken, ReadOnlySpan<int> candidates, bool sideways)
    {
        var start = rng.NextInt(candidates.Length);
        for (var k = 0; k < candidates.Length; k++)
        {
            var at = start + k < candidates.Length ? start + k : start + k - candidates.Length;
            if (TrySwap(seat, open, broken, candidates[at], sideways))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Swaps the holders of a and b when that lowers (or, sideways, keeps) their broken-rule count; <paramref name="open"/>
    /// is a's place without its holder and <paramref name="brokenA"/> a's count now.
    /// </summary>
    private bool TrySwap(int a, OpenSeat open, int brokenA, int b, bool sideways)
    {
        if (a == b || (!board.IsLoose(a) && !board.IsLoose(b) && a / PartyBoard.SeatsPerParty == b / PartyBoard.SeatsPerParty))
        {
            return false;
        }

        var before = brokenA + Broken(b);
        if (before == 0)
        {
            return false;
        }

        var holder = board.Holder;
        // b's place never counts below zero, so a's count alone rules out most candidates before anyone moves.
        var afterA = open.CountWith(holder[b]);
        if (afterA > before || (afterA == before && !sideways))
        {
            return false;
        }

        (holder[a], holder[b]) = (holder[b], holder[a]);
        var afterB = board.Violations(b);
        var after = afterA + afterB;
        if (after < before || (sideways && after == before))
        {
            DrawTrace.Note($"repair: {board.Label(a)} <-> {board.Label(b)} (now {board.IdAt(a)} and {board.IdAt(b)}; broken {before} -> {after})");
            Keep(a, afterA);
            Keep(b, afterB);
            return true;
        }

        (holder[a], holder[b]) = (holder[b], holder[a]);
        return false;
    }

    private void Keep(int seat, int broken)
    {
        if (!board.IsLoose(seat))
        {
            partyBroken[seat / PartyBoard.SeatsPerParty] = broken;
        }
    }
}
