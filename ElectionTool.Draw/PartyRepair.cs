namespace ElectionTool.Draw;

/// <summary>
/// Mends what the greedy placement left broken by swapping two people of the same role between
/// parties (or a loose reserve seat). A swap is kept only when it lowers the broken-rule count of the
/// two places involved, the women rule included, so the work is bounded and always makes progress.
/// </summary>
internal sealed class PartyRepair(PartyBoard board, DrawRandom rng)
{
    private const int Passes = 40;
    private const int RandomTries = 48;

    /// <summary>
    /// Each party's broken-rule count (<see cref="PartyBoard.Violations"/>), counted once per repair and kept up to
    /// date with every kept swap: nothing else moves anyone while the repair runs, and the scans ask it thousands of times.
    /// </summary>
    private int[] partyBroken = [];

    public bool Repair()
    {
        var people = board.People;
        partyBroken = new int[board.Parties];
        for (var p = 0; p < board.Parties; p++)
        {
            partyBroken[p] = board.Violations(p * PartyBoard.SeatsPerParty);
        }

        // Each role's seated seats, in board order: the candidates a broken seat's holder may swap with.
        var groups = new List<int>[PartyRoles.Count];
        foreach (var role in PartyRoles.All)
        {
            groups[(int)role] = new List<int>(board.Parties + board.LooseUnit.Length);
            foreach (var s in board.SeatsOf(role))
            {
                if (board.Holder[s] >= 0)
                {
                    groups[(int)role].Add(s);
                }
            }
        }

        for (var pass = 0; pass < Passes; pass++)
        {
            var broken = BrokenSeats();
            if (broken.Count == 0)
            {
                return true;
            }

            foreach (var seat in broken)
            {
                if (!board.Involved(seat))
                {
                    continue;
                }

                var m = board.Holder[seat];
                TryFix(seat, groups[(int)people.Role[m]], thorough: pass >= 2);
            }
        }
        return BrokenSeats().Count == 0;
    }

    /// <summary>Seats of every party with a broken rule, last roles first (members move before Presiding Officers).</summary>
    private List<int> BrokenSeats()
    {
        var broken = new List<int>();
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
                    broken.Add(first + r);
                }
            }
        }
        for (var seat = board.Parties * PartyBoard.SeatsPerParty; seat < board.Holder.Length; seat++)
        {
            if (board.Violations(seat) > 0)
            {
                broken.Add(seat);
            }
        }

        return broken;
    }

    /// <summary>The broken-rule count of a seat's party, or of a loose seat.</summary>
    private int Broken(int seat) => board.IsLoose(seat) ? board.Violations(seat) : partyBroken[seat / PartyBoard.SeatsPerParty];

    private void TryFix(int seat, List<int> candidates, bool thorough)
    {
        // Every swap tried here is undone unless it is kept (and then the search stops), so the broken seat's own
        // count and its party without it stay the same throughout: worked out once.
        var broken = Broken(seat);
        var open = new OpenSeat(board, seat);
        for (var t = 0; t < RandomTries; t++)
        {
            if (TrySwap(seat, open, broken, candidates[rng.NextInt(candidates.Count)], sideways: false))
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
    private bool Scan(int seat, OpenSeat open, int broken, List<int> candidates, bool sideways)
    {
        var start = rng.NextInt(candidates.Count);
        for (var k = 0; k < candidates.Count; k++)
        {
            var at = start + k < candidates.Count ? start + k : start + k - candidates.Count;
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
