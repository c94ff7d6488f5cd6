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
        var swap = new Swaps(drafted, byId, settings, plan);
        var swaps = 0;
        for (var guard = 0; guard < drafted.Count; guard++)
        {
            if (!swap.FixOne(promote: !DrawAlgorithm.IsV1(version)))
            {
                break;
            }

            swaps++;
        }
        return swaps;
    }

    /// <summary>
    /// The drafted people as arrays: a swap changes the roles at two indexes, never who holds an index, so the
    /// people and the pay order are worked out once.
    /// </summary>
    private sealed class Swaps
    {
        private readonly List<StageOneAssignment> drafted;
        private readonly DrawEmployee[] person;
        private readonly DrawSettings settings;
        private readonly DrawPlan plan;
        private readonly int looseFourth;

        /// <summary>Indexes best paid first (level, basic pay), then by id.</summary>
        private readonly int[] byPay;
        private readonly int[] women = new int[PartyRoles.Count];
        private readonly List<int> presiding = [];
        private readonly List<int> members = [];

        public Swaps(List<StageOneAssignment> drafted, Dictionary<long, DrawEmployee> byId, DrawSettings settings, DrawPlan plan)
        {
            this.drafted = drafted;
            this.settings = settings;
            this.plan = plan;
            person = drafted.Select(a => byId[a.EmployeeId]).ToArray();
            looseFourth = plan.Units.Sum(u => u.ReserveFourthOfficers);
            byPay = Enumerable.Range(0, drafted.Count).ToArray();
            Array.Sort(byPay, (a, b) =>
            {
                var c = Eligibility.ComparePay(person[b], person[a]);
                return c != 0 ? c : person[a].Id.CompareTo(person[b].Id);
            });
            for (var i = 0; i < drafted.Count; i++)
            {
                if ((uint)drafted[i].Role < PartyRoles.Count && Eligibility.IsWoman(person[i]))
                {
                    women[(int)drafted[i].Role]++;
                }
            }
        }

        public bool FixOne(bool promote)
        {
            presiding.Clear();
            foreach (var i in byPay)
            {
                if (drafted[i].Role == Role.PresidingOfficer)
                {
                    presiding.Add(i);
                }
            }

            foreach (var role in PartyRoles.All.Skip(1))
            {
                // The best-paid 4th officers can be held as loose reserve, outside any party.
                members.Clear();
                var skip = role == Role.PollingOfficer4 ? looseFourth : 0;
                foreach (var i in byPay)
                {
                    if (drafted[i].Role == role && skip-- <= 0)
                    {
                        members.Add(i);
                    }
                }

                for (var k = 0; k < members.Count; k++)
                {
                    var member = person[members[k]];
                    var rank = Math.Min(k + Slack, presiding.Count - 1);
                    if (Eligibility.ComparePay(member, person[presiding[rank]]) <= 0)
                    {
                        continue;
                    }

                    if (Eligibility.InBand(member, Role.PresidingOfficer, settings) && SwapWithLowest(members[k]))
                    {
                        return true;
                    }

                    if (promote && Promote(member))
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
        private bool SwapWithLowest(int index)
        {
            var member = person[index];
            var role = drafted[index].Role;
            for (var p = presiding.Count - 1; p >= 0; p--)
            {
                var officer = person[presiding[p]];
                if (Eligibility.ComparePay(officer, member) >= 0)
                {
                    break;
                }

                if (!Eligibility.InBand(officer, role, settings) || !KeepsWomen(officer, member, role))
                {
                    continue;
                }

                drafted[presiding[p]] = new StageOneAssignment(officer.Id, role);
                drafted[index] = new StageOneAssignment(member.Id, Role.PresidingOfficer);
                Moved(officer, Role.PresidingOfficer, role);
                Moved(member, role, Role.PresidingOfficer);
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
        private bool Promote(DrawEmployee member)
        {
            foreach (var i in byPay)
            {
                var candidate = person[i];
                if (Eligibility.ComparePay(candidate, member) < 0)
                {
                    break;
                }

                if (drafted[i].Role != Role.PresidingOfficer && Eligibility.InBand(candidate, Role.PresidingOfficer, settings) &&
                    SwapWithLowest(i))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>A swap must not leave a role short of the women its all-women parties need.</summary>
        private bool KeepsWomen(DrawEmployee officer, DrawEmployee member, Role role)
        {
            var officerWoman = Eligibility.IsWoman(officer);
            if (officerWoman == Eligibility.IsWoman(member))
            {
                return true;
            }

            var losing = officerWoman ? Role.PresidingOfficer : role;
            return women[(int)losing] - 1 >= plan.WomenSeats(losing);
        }

        private void Moved(DrawEmployee who, Role from, Role to)
        {
            if (Eligibility.IsWoman(who))
            {
                women[(int)from]--;
                women[(int)to]++;
            }
        }
    }
}
