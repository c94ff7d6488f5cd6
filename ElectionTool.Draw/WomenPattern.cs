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
    public static void Deal(int[] women, List<int> fourParties, List<int> threeParties, bool[] womenSeat, DrawRandom rng)
    {
        var total = women.Sum();
        if (total == 0)
        {
            return;
        }

        var rowCount = Math.Min(fourParties.Count + threeParties.Count, total / 2);
        var four = new List<int>(fourParties);
        rng.Shuffle(four);
        var fourthRows = women[(int)Role.PollingOfficer4];
        var rows = four.Take(fourthRows).ToList();
        var others = four.Skip(fourthRows).Concat(threeParties).ToList();
        rng.Shuffle(others);
        rows.AddRange(others.Take(rowCount - fourthRows));
        DrawTrace.Note($"women pattern: women per role {string.Join(" ", women)}; parties P{string.Join(" P", rows.Select(p => p + 1))}");
        var token = 0;
        foreach (var role in new[] { 4, 0, 1, 2, 3 })
        {
            for (var k = 0; k < women[role]; k++, token++)
            {
                womenSeat[rows[token % rowCount] * PartyBoard.SeatsPerParty + role] = true;
            }
        }
    }
}
