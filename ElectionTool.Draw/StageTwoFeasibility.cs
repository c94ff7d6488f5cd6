namespace ElectionTool.Draw;

/// <summary>Stage 2's checks before any draw: each names the rule that binds and by how much.</summary>
internal static class StageTwoFeasibility
{
    public static void Check(DrawSettings settings, DrawPlan plan, StageTwoPeople people, PartyBoard board, List<DrawFinding> findings, string version)
    {
        foreach (var role in PartyRoles.All)
        {
            var r = (int)role;
            var have = people.Role.Count(x => x == role);
            var seats = plan.Seats(role);
            if (have != seats)
            {
                findings.Add(new(DrawRules.Role(role), $"{PartyRoles.Title(role)}: stage 2 needs {seats}, stage 1 drafted {have}.", seats, have));
            }

            var women = Enumerable.Range(0, people.Count).Count(i => people.Role[i] == role && people.Woman[i]);
            if (women < plan.WomenSeats(role))
            {
                findings.Add(new(DrawRules.Women, $"Women: need {plan.WomenSeats(role)} women as {PartyRoles.Title(role)} for women-managed stations, drafted {women}.", plan.WomenSeats(role), women));
            }

            if (role != Role.PresidingOfficer)
            {
                CheckHierarchy(role, plan, people, board, findings);
            }
        }
        CheckOffices(plan, people, findings);
        var keys = Enumerable.Range(0, people.Count).Select(i => UnitCapacity.Key(people.Excluded.AsSpan(i * 4, 4), people.Woman[i])).ToArray();
        foreach (var role in PartyRoles.All)
        {
            var ofRole = Enumerable.Range(0, people.Count).Where(i => people.Role[i] == role).Select(i => keys[i]);
            if (UnitCapacity.Shortfall(plan, role, ofRole, version) is { } shortfall)
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
    private static void CheckHierarchy(Role role, DrawPlan plan, StageTwoPeople people, PartyBoard board, List<DrawFinding> findings)
    {
        var presiding = Enumerable.Range(0, people.Count).Where(i => people.Role[i] == Role.PresidingOfficer)
            .Select(i => people.PayRank[i]).OrderDescending().ToList();
        var loose = role == Role.PollingOfficer4 ? board.LooseUnit.Length : 0;
        var members = Enumerable.Range(0, people.Count).Where(i => people.Role[i] == role)
            .Select(i => people.PayRank[i]).OrderDescending().Skip(loose).ToList();
        var short_ = members.Where((rank, k) => k >= presiding.Count || rank > presiding[k]).Count();
        if (short_ > 0)
        {
            findings.Add(new(DrawRules.Hierarchy, $"Hierarchy: {short_} {PartyRoles.Title(role)} are paid more than any Presiding Officer left to lead them.", members.Count, members.Count - short_));
        }
    }

    private static void CheckOffices(DrawPlan plan, StageTwoPeople people, List<DrawFinding> findings)
    {
        foreach (var office in Enumerable.Range(0, people.Count).GroupBy(i => people.Office[i]))
        {
            var sample = people.Person[office.First()];
            var places = plan.Units.Where(u => !string.Equals(u.UnitCode, sample.OfficeUnit, StringComparison.Ordinal))
                .Sum(u => u.Parties + u.ReserveFourthOfficers);
            if (office.Count() > places)
            {
                findings.Add(new(DrawRules.SameOffice, $"Office {sample.OfficeCode}: {office.Count()} drafted, but only {places} parties and reserve places outside its unit.", office.Count(), places));
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
