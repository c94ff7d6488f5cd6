namespace ElectionTool.Draw;

/// <summary>
/// The hierarchy rule needs, for every role, the k-th best-paid member to be paid no more than the
/// k-th best-paid Presiding Officer. A pure draw can miss that at the very top of the pay scale
/// (a senior officer drawn as Polling Officer). This swaps the roles of such a member and the
/// lowest-paid Presiding Officer who may hold the member's role: the same people stay drafted,
/// every role band still holds, and stage 2 can then always keep the hierarchy.
/// </summary>
internal static class SeniorityCorrection
{
    /// <summary>
    /// Each member must have this many more better-paid Presiding Officers than members above them,
    /// so the top of the scale leaves stage 2 a choice of party (units and offices must fit too).
    /// </summary>
    public const int Slack = 16;

    /// <summary>Returns how many pairs changed roles.</summary>
    public static int Apply(List<StageOneAssignment> drafted, Dictionary<long, DrawEmployee> byId, DrawSettings settings, DrawPlan plan, string version)
    {
        var looseFourth = plan.Units.Sum(u => u.ReserveFourthOfficers);
        var swaps = 0;
        // Swaps change roles, never pay, so one ordering serves every round.
        var byPay = Enumerable.Range(0, drafted.Count).OrderByDescending(i => byId[drafted[i].EmployeeId].PayLevel)
            .ThenByDescending(i => byId[drafted[i].EmployeeId].BasicPay).ThenBy(i => drafted[i].EmployeeId).ToList();
        for (var guard = 0; guard < drafted.Count; guard++)
        {
            var presiding = byPay.Where(i => drafted[i].Role == Role.PresidingOfficer).ToList();
            if (!FixOne(drafted, byId, byPay, presiding, settings, plan, looseFourth, promote: !DrawAlgorithm.IsV1(version)))
            {
                break;
            }

            swaps++;
        }
        return swaps;
    }

    private static bool FixOne(List<StageOneAssignment> drafted, Dictionary<long, DrawEmployee> byId, List<int> byPay,
        List<int> presiding, DrawSettings settings, DrawPlan plan, int looseFourth, bool promote)
    {
        foreach (var role in PartyRoles.All.Skip(1))
        {
            // The best-paid 4th officers can be held as loose reserve, outside any party.
            var members = byPay.Where(i => drafted[i].Role == role).Skip(role == Role.PollingOfficer4 ? looseFourth : 0).ToList();
            for (var k = 0; k < members.Count; k++)
            {
                var member = byId[drafted[members[k]].EmployeeId];
                var rank = Math.Min(k + Slack, presiding.Count - 1);
                if (Eligibility.ComparePay(member, byId[drafted[presiding[rank]].EmployeeId]) <= 0)
                {
                    continue;
                }

                if (Eligibility.InBand(member, Role.PresidingOfficer, settings) &&
                    SwapWithLowest(drafted, byId, presiding, settings, plan, members[k]))
                {
                    return true;
                }

                if (promote && Promote(drafted, byId, byPay, presiding, settings, plan, member))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The holder of <paramref name="index"/> becomes Presiding Officer; the lowest-paid Presiding Officer who is
    /// paid less, may hold the holder's role and whose move keeps the women seats takes that role.
    /// </summary>
    private static bool SwapWithLowest(List<StageOneAssignment> drafted, Dictionary<long, DrawEmployee> byId,
        List<int> presiding, DrawSettings settings, DrawPlan plan, int index)
    {
        var member = byId[drafted[index].EmployeeId];
        var role = drafted[index].Role;
        for (var p = presiding.Count - 1; p >= 0; p--)
        {
            var officer = byId[drafted[presiding[p]].EmployeeId];
            if (Eligibility.ComparePay(officer, member) >= 0)
            {
                break;
            }

            if (!Eligibility.InBand(officer, role, settings) || !KeepsWomen(drafted, byId, plan, officer, member, role))
            {
                continue;
            }

            drafted[presiding[p]] = new StageOneAssignment(officer.Id, role);
            drafted[index] = new StageOneAssignment(member.Id, Role.PresidingOfficer);
            DrawTrace.Note($"seniority: {member.Id} {role} -> PresidingOfficer; {officer.Id} PresidingOfficer -> {role}");
            return true;
        }
        return false;
    }

    /// <summary>
    /// ET-DRAW-2: a member who may not preside (a contractual officer at level 12, say) still needs a Presiding
    /// Officer paid at least as much. The best-paid drafted member, of any role, who is in the Presiding Officer
    /// band and paid at least as much as that member is made Presiding Officer in place of a lower-paid one.
    /// </summary>
    private static bool Promote(List<StageOneAssignment> drafted, Dictionary<long, DrawEmployee> byId, List<int> byPay,
        List<int> presiding, DrawSettings settings, DrawPlan plan, DrawEmployee member)
    {
        foreach (var i in byPay)
        {
            var candidate = byId[drafted[i].EmployeeId];
            if (Eligibility.ComparePay(candidate, member) < 0)
            {
                break;
            }

            if (drafted[i].Role != Role.PresidingOfficer && Eligibility.InBand(candidate, Role.PresidingOfficer, settings) &&
                SwapWithLowest(drafted, byId, presiding, settings, plan, i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A swap must not leave a role short of the women its all-women parties need.</summary>
    private static bool KeepsWomen(List<StageOneAssignment> drafted, Dictionary<long, DrawEmployee> byId, DrawPlan plan,
        DrawEmployee officer, DrawEmployee member, Role role)
    {
        var officerWoman = Eligibility.IsWoman(officer);
        var memberWoman = Eligibility.IsWoman(member);
        if (officerWoman == memberWoman)
        {
            return true;
        }

        var losing = officerWoman ? Role.PresidingOfficer : role;
        var women = drafted.Count(a => a.Role == losing && Eligibility.IsWoman(byId[a.EmployeeId]));
        return women - 1 >= plan.WomenSeats(losing);
    }
}
