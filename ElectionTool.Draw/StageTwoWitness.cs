namespace ElectionTool.Draw;

/// <summary>
/// ET-DRAW-3's guarantee that stage 2 never fails after stage 1 was accepted. The witness is one arrangement of
/// stage 1's drafted people into stage 2's parties, found by stage 2's own PLACE and REPAIR, but on a random stream
/// fixed by stage 1 alone (its election, seed and input hash). Stage 1 accepts a draw only when the witness seats it;
/// stage 2 works the witness out again from stage 1's output and falls back on it when its own attempts fail, then
/// shuffles it with its own seed (<see cref="Mix"/>). docs/draw-algorithm.md §A.14.
/// </summary>
internal static class StageTwoWitness
{
    /// <summary>PLACE and REPAIR attempts on the witness stream before a draw counts as one stage 2 cannot seat.</summary>
    public const int Attempts = 16;

    /// <summary>Random swaps tried per seat when stage 2 falls back on the witness.</summary>
    public const int MixPerSeat = 4;

    /// <summary>The witness stream: its own domain label, so it never repeats stage 1's or stage 2's numbers.</summary>
    public static DrawRandom Stream(string electionId, string stageOneSeed, string stageOneInputHash, string version) =>
        new(DrawRandom.KeyOf(["ElectionTool.Draw.Witness", version, electionId, stageOneSeed, stageOneInputHash]));

    /// <summary>Seats the board; true when every party and reserve place keeps every rule. The board is left as the last attempt left it.</summary>
    public static bool Find(PartyBoard board, DrawSettings settings, string electionId, string stageOneSeed, string stageOneInputHash, string version)
    {
        using var rng = Stream(electionId, stageOneSeed, stageOneInputHash, version);
        using var placement = new PartyPlacement(board, settings, rng, version);
        using var repair = new PartyRepair(board, rng);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            DrawTrace.Note($"witness attempt {attempt + 1}");
            if (placement.Place(attempt) && repair.Repair())
            {
                DrawTrace.Note($"witness: every party seated in attempt {attempt + 1}");
                return true;
            }
        }

        DrawTrace.Note($"witness: no arrangement in {Attempts} attempts");
        return false;
    }

    /// <summary>
    /// Stage 2's own chance on a witness arrangement: MixPerSeat × seats times, a uniform seat and a uniform seat of
    /// the same role change holders when both places still keep every rule. Symmetric proposals accepted only between
    /// valid arrangements: every valid arrangement reachable this way is equally likely in the long run.
    /// </summary>
    public static int Mix(PartyBoard board, DrawRandom rng)
    {
        var groups = PartyRoles.All.Select(r => board.SeatsOf(r).ToArray()).ToArray();
        var seats = groups.SelectMany(g => g).ToArray();
        var role = new int[board.Holder.Length];
        foreach (var r in PartyRoles.All)
        {
            foreach (var s in groups[(int)r])
            {
                role[s] = (int)r;
            }
        }

        var holder = board.Holder;
        var kept = 0;
        for (var t = 0; t < MixPerSeat * seats.Length; t++)
        {
            var a = seats[rng.NextInt(seats.Length)];
            var group = groups[role[a]];
            var b = group[rng.NextInt(group.Length)];
            if (a == b || (!board.IsLoose(a) && !board.IsLoose(b) && a / PartyBoard.SeatsPerParty == b / PartyBoard.SeatsPerParty))
            {
                continue;
            }

            (holder[a], holder[b]) = (holder[b], holder[a]);
            if (board.Violations(a) + board.Violations(b) == 0)
            {
                kept++;
                continue;
            }

            (holder[a], holder[b]) = (holder[b], holder[a]);
        }

        DrawTrace.Note($"mix: {MixPerSeat * seats.Length} swaps tried, {kept} kept");
        return kept;
    }
}
