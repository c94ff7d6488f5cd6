using System.Runtime.InteropServices;

namespace ElectionTool.Draw;

/// <summary>Stage 2's checks before any draw: each names the rule that binds and by how much.</summary>
internal static class StageTwoFeasibility
{
    public static void Check(DrawSettings settings, DrawPlan plan, StageTwoPeople people, PartyBoard board, List<DrawFinding> findings, string version)
    {
        // Each role's pay ranks, best paid first, and its people counted by (barred units, woman) in order of
        // first appearance: one pass over the people serves every check below.
        var groups = new Dictionary<(ulong, bool), long>[PartyRoles.Count];
        var women = new int[PartyRoles.Count];
        var drafted = new int[PartyRoles.Count];
        for (var r = 0; r < PartyRoles.Count; r++)
        {
            groups[r] = [];
        }

        for (var i = 0; i < people.Count; i++)
        {
            var r = (int)people.Role[i];
            if ((uint)r >= PartyRoles.Count)
            {
                continue;
            }

            ref readonly var facts = ref people.Facts[i];
            drafted[r]++;
            women[r] += facts.Woman ? 1 : 0;
            var key = UnitCapacity.Key(facts.Excluded, facts.Woman);
            CollectionsMarshal.GetValueRefOrAddDefault(groups[r], key, out _)++;
        }

        // The people already lie in pay order: walked from the top, each role's ranks come out best paid first. They
        // are written role after role (role r's from start[r], drafted[r] of them) into one rented array: of the
        // drafted's size, a large object otherwise, and a draw checks twice (stage 1's witness and stage 2).
        Span<int> start = stackalloc int[PartyRoles.Count + 1];
        for (var r = 0; r < PartyRoles.Count; r++)
        {
            start[r + 1] = start[r] + drafted[r];
        }

        using var ranksScratch = new RentedSpan<int>(start[PartyRoles.Count]);
        var allRanks = ranksScratch.Span;
        Span<int> next = stackalloc int[PartyRoles.Count];
        start[..PartyRoles.Count].CopyTo(next);
        var byPay = people.ByPayAscending;
        for (var k = byPay.Length - 1; k >= 0; k--)
        {
            var r = (int)people.Role[byPay[k]];
            if ((uint)r < PartyRoles.Count)
            {
                allRanks[next[r]++] = people.Facts[byPay[k]].PayRank;
            }
        }

        var presiding = allRanks.Slice(start[(int)Role.PresidingOfficer], drafted[(int)Role.PresidingOfficer]);
        foreach (var role in PartyRoles.All)
        {
            var r = (int)role;
            var ranks = allRanks.Slice(start[r], drafted[r]);
            var have = ranks.Length;
            var seats = plan.Seats(role);
            if (have != seats)
            {
                findings.Add(new(DrawRules.Role(role), $"{PartyRoles.Title(role)}: stage 2 needs {seats}, stage 1 drafted {have}.", seats, have));
            }

            if (women[r] < plan.WomenSeats(role))
            {
                findings.Add(new(DrawRules.Women, $"Women: need {plan.WomenSeats(role)} women as {PartyRoles.Title(role)} for women-managed stations, drafted {women[r]}.", plan.WomenSeats(role), women[r]));
            }

            if (role != Role.PresidingOfficer)
            {
                CheckHierarchy(role, presiding, ranks, board, findings);
            }
        }
        CheckOffices(plan, people, findings);
        foreach (var role in PartyRoles.All)
        {
            if (UnitCapacity.Shortfall(plan, role, groups[(int)role], version) is { } shortfall)
            {
                findings.Add(shortfall);
                break;
            }
        }

        if (settings.WomenRule == WomenRule.NoneOrAtLeastTwo && findings.All(f => f.Rule != DrawRules.Women))
        {
            CheckWomenPattern(women, board, findings);
        }
    }

    /// <summary>Hall's condition for a threshold matching: the k-th best-paid member needs the k-th best-paid Presiding Officer.</summary>
    private static void CheckHierarchy(Role role, ReadOnlySpan<int> presiding, ReadOnlySpan<int> ranks, PartyBoard board, List<DrawFinding> findings)
    {
        var loose = role == Role.PollingOfficer4 ? board.LooseUnit.Length : 0;
        var count = Math.Max(0, ranks.Length - loose);
        var short_ = 0;
        for (var k = 0; k < count; k++)
        {
            if (k >= presiding.Length || ranks[loose + k] > presiding[k])
            {
                short_++;
            }
        }

        if (short_ > 0)
        {
            findings.Add(new(DrawRules.Hierarchy, $"Hierarchy: {short_} {PartyRoles.Title(role)} are paid more than any Presiding Officer left to lead them.", count, count - short_));
        }
    }

    private static void CheckOffices(DrawPlan plan, StageTwoPeople people, List<DrawFinding> findings)
    {
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        var allPlaces = 0;
        foreach (var unit in plan.Units)
        {
            places[unit.UnitCode] = unit.Parties + unit.ReserveFourthOfficers;
            allPlaces += unit.Parties + unit.ReserveFourthOfficers;
        }

        // Offices are numbered in order of first appearance (StageTwoPeople), so counting by number keeps that order.
        using var sizeScratch = new RentedSpan<int>(people.OfficeCount);
        using var firstScratch = new RentedSpan<int>(people.OfficeCount);
        var size = sizeScratch.Span;
        var first = firstScratch.Span;
        size.Clear();
        var offices = 0;
        for (var i = 0; i < people.Count; i++)
        {
            if (size[people.Facts[i].Office]++ == 0)
            {
                first[offices++] = i;
            }
        }

        foreach (var i in first[..offices])
        {
            var sample = people.Person[i];
            var count = size[people.Facts[i].Office];
            var outside = sample.OfficeUnit is { } code && places.TryGetValue(code, out var inside) ? allPlaces - inside : allPlaces;
            if (count > outside)
            {
                findings.Add(new(DrawRules.SameOffice, $"Office {sample.OfficeCode}: {count} drafted, but only {outside} parties and reserve places outside its unit.", count, outside));
            }
        }
    }

    /// <summary><paramref name="drafted"/>: the women drafted for each role.</summary>
    private static void CheckWomenPattern(int[] drafted, PartyBoard board, List<DrawFinding> findings)
    {
        var ordinary = 0;
        var four = 0;
        for (var p = 0; p < board.Parties; p++)
        {
            if (!board.AllWomen[p])
            {
                ordinary++;
                four += board.Fourth[p] ? 1 : 0;
            }
        }

        // Those left for ordinary parties once the all-women parties have theirs.
        var women = new int[PartyRoles.Count];
        for (var r = 0; r < PartyRoles.Count; r++)
        {
            women[r] = drafted[r] - board.AllWomenSeats((Role)r);
        }

        var spare = women[4];
        for (var x = Math.Min(spare, four); x >= Math.Max(0, spare - board.LooseUnit.Length); x--)
        {
            women[4] = x;
            if (WomenPattern.Feasible(women, four, ordinary))
            {
                return;
            }
        }
        women[4] = Math.Min(spare, four);
        var total = women.Sum();
        findings.Add(new(DrawRules.Women, $"Women: {total} women are left for ordinary parties, but they cannot be grouped at least two to a party (largest role group {women.Max()}).", 2, total));
    }
}
