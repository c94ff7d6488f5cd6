namespace ElectionTool.Draw;

/// <summary>Stage 2's checks before any draw: each names the rule that binds and by how much.</summary>
internal static class StageTwoFeasibility
{
    public static void Check(DrawSettings settings, DrawPlan plan, StageTwoPeople people, PartyBoard board, List<DrawFinding> findings, string version)
    {
        // Each role's pay ranks, best paid first, and its people counted by (barred units, woman) in order of
        // first appearance: one pass over the people serves every check below.
        var ranks = new List<int>[PartyRoles.Count];
        var groups = new Dictionary<(ulong, bool), long>[PartyRoles.Count];
        var women = new int[PartyRoles.Count];
        for (var r = 0; r < PartyRoles.Count; r++)
        {
            ranks[r] = [];
            groups[r] = [];
        }

        for (var i = 0; i < people.Count; i++)
        {
            var r = (int)people.Role[i];
            if ((uint)r >= PartyRoles.Count)
            {
                continue;
            }

            ranks[r].Add(people.PayRank[i]);
            women[r] += people.Woman[i] ? 1 : 0;
            var key = UnitCapacity.Key(people.Excluded.AsSpan(i * 4, 4), people.Woman[i]);
            groups[r][key] = groups[r].GetValueOrDefault(key) + 1;
        }

        foreach (var list in ranks)
        {
            // Best paid first: plain ints, so ascending then reversed is the same list as a descending sort.
            list.Sort();
            list.Reverse();
        }

        foreach (var role in PartyRoles.All)
        {
            var r = (int)role;
            var have = ranks[r].Count;
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
                CheckHierarchy(role, ranks[(int)Role.PresidingOfficer], ranks[r], board, findings);
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
            CheckWomenPattern(people, board, findings);
        }
    }

    /// <summary>Hall's condition for a threshold matching: the k-th best-paid member needs the k-th best-paid Presiding Officer.</summary>
    private static void CheckHierarchy(Role role, List<int> presiding, List<int> ranks, PartyBoard board, List<DrawFinding> findings)
    {
        var loose = role == Role.PollingOfficer4 ? board.LooseUnit.Length : 0;
        var count = Math.Max(0, ranks.Count - loose);
        var short_ = 0;
        for (var k = 0; k < count; k++)
        {
            if (k >= presiding.Count || ranks[loose + k] > presiding[k])
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

        // Offices in order of first appearance; an office's unit is the one its first person gives.
        var size = new Dictionary<int, int>();
        var first = new List<int>();
        for (var i = 0; i < people.Count; i++)
        {
            if (!size.TryAdd(people.Office[i], 1))
            {
                size[people.Office[i]]++;
            }
            else
            {
                first.Add(i);
            }
        }

        foreach (var i in first)
        {
            var sample = people.Person[i];
            var count = size[people.Office[i]];
            var outside = sample.OfficeUnit is { } code && places.TryGetValue(code, out var inside) ? allPlaces - inside : allPlaces;
            if (count > outside)
            {
                findings.Add(new(DrawRules.SameOffice, $"Office {sample.OfficeCode}: {count} drafted, but only {outside} parties and reserve places outside its unit.", count, outside));
            }
        }
    }

    private static void CheckWomenPattern(StageTwoPeople people, PartyBoard board, List<DrawFinding> findings)
    {
        var ordinary = Enumerable.Range(0, board.Parties).Where(p => !board.AllWomen[p]).ToList();
        var four = ordinary.Count(p => board.Fourth[p]);
        var women = new int[PartyRoles.Count];
        for (var r = 0; r < PartyRoles.Count; r++)
        {
            var allWomenSeats = Enumerable.Range(0, board.Parties).Count(p => board.AllWomen[p] && (r < 4 || board.Fourth[p]));
            women[r] = Enumerable.Range(0, people.Count).Count(i => (int)people.Role[i] == r && people.Woman[i]) - allWomenSeats;
        }
        var spare = women[4];
        for (var x = Math.Min(spare, four); x >= Math.Max(0, spare - board.LooseUnit.Length); x--)
        {
            women[4] = x;
            if (WomenPattern.Feasible(women, four, ordinary.Count))
            {
                return;
            }
        }
        women[4] = Math.Min(spare, four);
        var total = women.Sum();
        findings.Add(new(DrawRules.Women, $"Women: {total} women are left for ordinary parties, but they cannot be grouped at least two to a party (largest role group {women.Max()}).", 2, total));
    }
}
