namespace ElectionTool.Draw;

public static partial class DrawValidator
{
    public static IReadOnlyList<DrawFinding> Validate(DrawInput input, StageOneResult one, StageTwoResult result)
    {
        var found = new List<DrawFinding>();
        if (!KnownVersion(found, result.AlgorithmVersion))
        {
            return found;
        }

        var facts = new StageTwoFacts(input, one);
        Hashes(found, 2, result.InputHash, DrawHashes.StageTwoInput(input, one.OutputHash, facts.Drafted(), result.AlgorithmVersion), result.OutputHash, DrawHashes.Output(result));
        if (!result.Report.Feasible)
        {
            return found;
        }

        Parties(input, DrawPlan.For(input), facts, result, found);
        return found;
    }

    /// <summary>
    /// Every party rule of a stage 2 result, without the hashes: stage 2 checks its own fresh result this way, as
    /// it has just computed both hashes from the very lists read here.
    /// </summary>
    internal static List<DrawFinding> ValidateParties(DrawInput input, StageOneResult one, StageTwoResult result) =>
        ValidateParties(input, DrawPlan.For(input), new StageTwoFacts(input, one), result);

    /// <summary>
    /// The same for stage 2's own fresh result, from the drafted people it has already read out of the pool (each
    /// drafted id once, each found: stage 2 stops before this otherwise), so the pool is not read a second time.
    /// </summary>
    internal static List<DrawFinding> ValidateParties(DrawInput input, DrawPlan plan, IReadOnlyList<(DrawEmployee Person, Role Role)> drafted, StageTwoResult result) =>
        ValidateParties(input, plan, new StageTwoFacts(input, drafted), result);

    private static List<DrawFinding> ValidateParties(DrawInput input, DrawPlan plan, StageTwoFacts facts, StageTwoResult result)
    {
        var found = new List<DrawFinding>();
        if (KnownVersion(found, result.AlgorithmVersion) && result.Report.Feasible)
        {
            Parties(input, plan, facts, result, found);
        }

        return found;
    }

    private static void Parties(DrawInput input, DrawPlan plan, StageTwoFacts facts, StageTwoResult result, List<DrawFinding> found)
    {
        var placed = new HashSet<long>(facts.Count);
        var draftedPlaced = 0;
        // Records where a person sits and returns the pool's record of them. Where (a party's number, or a reserve of
        // a unit) is put in words only for a finding.
        DrawEmployee? Place(long id, Role role, int partyNumber, ReservePerson? reserve)
        {
            var first = placed.Add(id);
            var known = facts.TryGet(id, out var drawn, out var person);
            person ??= facts.Person(id);
            draftedPlaced += first && known ? 1 : 0;
            if (first && known && drawn == role)
            {
                return person;
            }

            var where = reserve is null ? $"party {partyNumber}" : $"reserve of {reserve.UnitCode}";
            if (!first)
            {
                found.Add(Broken(DrawRules.OneParty, $"Employee {id} is placed twice ({where})."));
            }

            if (!known)
            {
                found.Add(Broken(DrawRules.Stage1, $"Employee {id} in {where} was not drafted in stage 1."));
            }
            else if (drawn != role)
            {
                found.Add(Broken(DrawRules.Stage1, $"Employee {id} sits as {role} in {where} but was drafted as {drawn}."));
            }

            return person;
        }

        var numbers = new HashSet<int>(result.Parties.Count);
        foreach (var party in result.Parties)
        {
            numbers.Add(party.PartyNumber);
        }

        if (numbers.Count != result.Parties.Count)
        {
            found.Add(Broken(DrawRules.Numbering, "Party numbers repeat."));
        }

        // Per unit code: the parties of each kind formed, and the reserve persons held (checked against the plan below).
        var formed = new Dictionary<string, int[]>(StringComparer.Ordinal);
        void Formed(string? unitCode, int kind)
        {
            if (unitCode is null)
            {
                return;
            }

            if (!formed.TryGetValue(unitCode, out var kinds))
            {
                formed[unitCode] = kinds = new int[7];
            }

            kinds[kind]++;
        }

        var members = new List<(Role, DrawEmployee)>(PartyRoles.Count);
        foreach (var party in result.Parties)
        {
            members.Clear();
            var seated = 0;
            var fourth = false;
            foreach (var m in party.Members)
            {
                if (Place(m.EmployeeId, m.Role, party.PartyNumber, null) is { } e)
                {
                    members.Add((m.Role, e));
                }

                if ((uint)m.Role < 4)
                {
                    seated |= 1 << (int)m.Role;
                }

                fourth |= m.Role == Role.PollingOfficer4;
            }
            if (seated != 0b1111)
            {
                var missing = PartyRoles.All.Take(4).Where(r => party.Members.All(m => m.Role != r)).ToList();
                found.Add(Broken(DrawRules.Composition, $"Party {party.PartyNumber} has no {string.Join(", ", missing)}."));
            }

            if (party.IsReserve && fourth)
            {
                found.Add(Broken(DrawRules.Composition, $"Reserve party {party.PartyNumber} has a 4th officer; reserve 4th officers are held as reserve persons."));
            }

            found.AddRange(PartyRules.Check(input.Settings, party.PartyNumber, party.UnitCode, party.AllWomen, members));
            Formed(party.UnitCode, KindOf(party.IsReserve, party.AllWomen, fourth));
        }
        foreach (var person in result.ReservePersons)
        {
            if (Place(person.EmployeeId, person.Role, 0, person) is { } e && !Eligibility.MayServeIn(e, person.UnitCode))
            {
                found.Add(Broken(DrawRules.NotPostedAtHome, $"Reserve {person.EmployeeId} belongs to unit {person.UnitCode}."));
            }

            Formed(person.UnitCode, 6);
        }
        var unplaced = facts.Count - draftedPlaced;
        if (unplaced > 0)
        {
            found.Add(new(DrawRules.OneParty, $"{unplaced} drafted people are in no party and no reserve.", facts.Count, facts.Count - unplaced));
        }

        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in plan.Units)
        {
            planned.Add(unit.UnitCode);
            found.AddRange(UnitCounts(unit, formed.GetValueOrDefault(unit.UnitCode) ?? new int[7]));
        }

        var stray = result.Parties.Count(p => !planned.Contains(p.UnitCode));
        if (stray > 0)
        {
            found.Add(Broken(DrawRules.Seats, $"{stray} parties belong to units without stations."));
        }
    }

    /// <summary>The kinds UnitCounts compares: 0–3 polling parties (women-managed with/without 4th, 4th, ordinary), 4–5 reserve parties (all-women, other), 6 reserve persons.</summary>
    private static int KindOf(bool reserve, bool allWomen, bool fourth) =>
        reserve ? (allWomen ? 4 : 5) : (allWomen ? 0 : 2) + (fourth ? 0 : 1);

    private static IEnumerable<DrawFinding> UnitCounts(UnitNeed unit, int[] formed)
    {
        (string What, int Need, int Have)[] checks =
        [
            ("women-managed parties with a 4th officer", unit.WomenManagedWithFourth, formed[0]),
            ("women-managed parties", unit.WomenManaged - unit.WomenManagedWithFourth, formed[1]),
            ("parties with a 4th officer", unit.WithFourth - unit.WomenManagedWithFourth, formed[2]),
            ("ordinary parties", unit.Stations - unit.WomenManaged - unit.WithFourth + unit.WomenManagedWithFourth, formed[3]),
            ("all-women reserve parties", unit.ReserveAllWomenParties, formed[4]),
            ("other reserve parties", unit.ReserveParties - unit.ReserveAllWomenParties, formed[5]),
            ("reserve 4th officers", unit.ReserveFourthOfficers, formed[6]),
        ];
        foreach (var (what, need, have) in checks.Where(c => c.Need != c.Have))
        {
            yield return new DrawFinding(DrawRules.Seats, $"Unit {unit.UnitCode}: {need} {what} needed, {have} formed.", need, have);
        }
    }

    /// <summary>Stage 1's roles by employee (the first, if one is listed twice) and the pool's record of each person asked for.</summary>
    private sealed class StageTwoFacts
    {
        private readonly DrawInput input;

        /// <summary>Each drafted id's role and the pool's first record of it (null when the pool has none), in stage 1's order.</summary>
        private readonly Dictionary<long, (Role Role, DrawEmployee? Person)> drafted;
        private Dictionary<long, DrawEmployee>? pool;

        public StageTwoFacts(DrawInput input, StageOneResult one)
        {
            this.input = input;
            drafted = new Dictionary<long, (Role, DrawEmployee?)>(one.Assignments.Count);
            foreach (var a in one.Assignments)
            {
                drafted.TryAdd(a.EmployeeId, (a.Role, null));
            }

            foreach (var e in input.Pool)
            {
                if (drafted.TryGetValue(e.Id, out var entry) && entry.Person is null)
                {
                    drafted[e.Id] = (entry.Role, e);
                }
            }
        }

        public StageTwoFacts(DrawInput input, IReadOnlyList<(DrawEmployee Person, Role Role)> drafted)
        {
            this.input = input;
            this.drafted = new Dictionary<long, (Role, DrawEmployee?)>(drafted.Count);
            foreach (var (person, role) in drafted)
            {
                this.drafted.TryAdd(person.Id, (role, person));
            }
        }

        /// <summary>How many people stage 1 drafted (each id once).</summary>
        public int Count => drafted.Count;

        /// <summary>Whether stage 1 drafted this id, as which role, and the pool's record of it.</summary>
        public bool TryGet(long id, out Role role, out DrawEmployee? person)
        {
            var known = drafted.TryGetValue(id, out var entry);
            (role, person) = entry;
            return known;
        }

        /// <summary>The drafted people found in the pool, in stage 1's order.</summary>
        public IEnumerable<DrawEmployee> Drafted() => drafted.Values.Where(d => d.Person is not null).Select(d => d.Person!);

        /// <summary>The pool's first record with this id, or null.</summary>
        public DrawEmployee? Person(long id)
        {
            if (drafted.TryGetValue(id, out var entry) && entry.Person is { } e)
            {
                return e;
            }

            if (pool is null)
            {
                pool = new Dictionary<long, DrawEmployee>(input.Pool.Count);
                foreach (var p in input.Pool)
                {
                    pool.TryAdd(p.Id, p);
                }
            }

            return pool.GetValueOrDefault(id);
        }
    }
}
