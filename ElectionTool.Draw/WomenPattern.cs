namespace ElectionTool.Draw;

/// <summary>
/// Decides which seats of the ordinary parties go to women so that no party has exactly one.
/// Women are laid out role by role (Polling Officer 4 first) and dealt round-robin over
/// min(parties, women / 2) randomly chosen parties: each gets at least two, never two of one role.
/// </summary>
internal static class WomenPattern
{
    /// <summary>Counts alone decide feasibility: no lone woman, no role with more women than all other roles.</summary>
    public static bool Feasible(int[] women, int fourPartyCount, int partyCount)
    {
        var total = women.Sum();
        if (total == 0)
        {
            return true;
        }

        var max = women.Max();
        if (total == 1 || max > total - max || women[4] > fourPartyCount)
        {
            return false;
        }

        var rows = Math.Min(partyCount, total / 2);
        return women.All(c => c <= rows);
    }

    /// <summary>Marks womenSeat[party * 5 + role]; the parties are those not reserved for all-women stations.</summary>
    public static void Deal(int[] women, ReadOnlySpan<int> fourParties, ReadOnlySpan<int> threeParties, Span<bool> womenSeat, DrawRandom rng)
    {
        var total = women.Sum();
        if (total == 0)
        {
            return;
        }

        var rowCount = Math.Min(fourParties.Length + threeParties.Length, total / 2);
        // The parties with a 4th officer shuffled, the first of them rows for the women Polling Officers 4; then those
        // left and the parties without, shuffled together, for the other rows. Kept in one scratch array, 4th-officer
        // parties first, each shuffle is of a run of it: the rows are its start.
        using var partiesScratch = new RentedSpan<int>(fourParties.Length + threeParties.Length);
        var parties = partiesScratch.Span;
        fourParties.CopyTo(parties);
        threeParties.CopyTo(parties[fourParties.Length..]);
        rng.Shuffle(parties[..fourParties.Length]);
        var fourthRows = Math.Min(women[(int)Role.PollingOfficer4], fourParties.Length);
        var others = parties[fourthRows..];
        rng.Shuffle(others);
        var rows = parties[..(fourthRows + Math.Min(others.Length, Math.Max(0, rowCount - women[(int)Role.PollingOfficer4])))];
        DrawTrace.Note($"women pattern: women per role {string.Join(" ", women)}; parties P{string.Join(" P", rows.ToArray().Select(p => p + 1))}");
        var token = 0;
        ReadOnlySpan<int> order = [4, 0, 1, 2, 3];
        foreach (var role in order)
        {
            for (var k = 0; k < women[role]; k++, token++)
            {
                womenSeat[rows[token % rowCount] * PartyBoard.SeatsPerParty + role] = true;
            }
        }
    }
}
