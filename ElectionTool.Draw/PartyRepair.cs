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

    public bool Repair()
    {
        var people = board.People;
        var groups = PartyRoles.All.Select(r => board.SeatsOf(r).Where(s => board.Holder[s] >= 0).ToList()).ToArray();
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
    public List<int> BrokenSeats()
    {
        var broken = new List<int>();
        for (var p = 0; p < board.Parties; p++)
        {
            var first = p * PartyBoard.SeatsPerParty;
            if (board.Violations(first) == 0)
            {
                continue;
            }

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

    private void TryFix(int seat, List<int> candidates, bool thorough)
    {
        // Every swap tried here is undone unless it is kept (and then the search stops), so the broken seat's own
        // count stays the same throughout: worked out once.
        var broken = board.Violations(seat);
        for (var t = 0; t < RandomTries; t++)
        {
            if (TrySwap(seat, broken, candidates[rng.NextInt(candidates.Count)]))
            {
                return;
            }
        }

        if (!thorough)
        {
            return;
        }

        var start = rng.NextInt(candidates.Count);
        for (var k = 0; k < candidates.Count; k++)
        {
            if (TrySwap(seat, broken, candidates[(start + k) % candidates.Count]))
            {
                return;
            }
        }
        // Stuck: a sideways swap (no worse) moves the problem elsewhere, where a later pass may solve it.
        start = rng.NextInt(candidates.Count);
        for (var k = 0; k < candidates.Count; k++)
        {
            if (TrySwap(seat, broken, candidates[(start + k) % candidates.Count], sideways: true))
            {
                return;
            }
        }
    }

    /// <summary>Swaps the holders of a and b when that lowers (or, sideways, keeps) their broken-rule count; <paramref name="brokenA"/> is a's count now.</summary>
    private bool TrySwap(int a, int brokenA, int b, bool sideways = false)
    {
        if (a == b || (!board.IsLoose(a) && !board.IsLoose(b) && a / PartyBoard.SeatsPerParty == b / PartyBoard.SeatsPerParty))
        {
            return false;
        }

        var before = brokenA + board.Violations(b);
        if (before == 0)
        {
            return false;
        }

        var holder = board.Holder;
        (holder[a], holder[b]) = (holder[b], holder[a]);
        var after = board.Violations(a) + board.Violations(b);
        if (after < before || (sideways && after == before))
        {
            DrawTrace.Note($"repair: {board.Label(a)} <-> {board.Label(b)} (now {board.IdAt(a)} and {board.IdAt(b)}; broken {before} -> {after})");
            return true;
        }

        (holder[a], holder[b]) = (holder[b], holder[a]);
        return false;
    }
}
