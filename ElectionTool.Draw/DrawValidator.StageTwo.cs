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

        using var facts = new StageTwoFacts(input, one);
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
    internal static List<DrawFinding> ValidateParties(DrawInput input, StageOneResult one, StageTwoResult result)
    {
        using var facts = new StageTwoFacts(input, one);
        return ValidateParties(input, DrawPlan.For(input), facts, result);
    }

    /// <summary>
    /// The same for stage 2's own fresh result, from the drafted people it has already read out of the pool (each
    /// drafted id once, each found: stage 2 stops before this otherwise), so the pool is not read a second time.
    /// </summary>
    internal static List<DrawFinding> ValidateParties(DrawInput input, DrawPlan plan, IReadOnlyList<(DrawEmployee Person, Role Role)> drafted, StageTwoResult result)
    {
        using var facts = new StageTwoFacts(input, drafted);
        return ValidateParties(input, plan, facts, result);
    }

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
        // Who has been seated: stage 1's drafted by their place in the facts, anyone else (a finding) by id. The marks
        // are rented (one per drafted person, a large object otherwise) and given back at the end.
        var placed = System.Buffers.ArrayPool<bool>.Shared.Rent(facts.Count);
        Array.Clear(placed, 0, facts.Count);
        HashSet<long>? strangers = null;
        var draftedPlaced = 0;
        // Records where a person sits and returns the pool's record of them. Where (a party's number, or a reserve of
        // a unit) is put in words only for a finding.
        DrawEmployee? Place(long id, Role role, int partyNumber, ReservePerson? reserve)
        {
            var slot = facts.SlotOf(id);
            var known = slot >= 0;
            bool first;
            if (known)
            {
                first = !placed[slot];
                placed[slot] = true;
            }
            else
            {
                first = (strangers ??= []).Add(id);
            }

            var person = known ? facts.PersonAt(slot) : facts.Stranger(id);
            draftedPlaced += first && known ? 1 : 0;
            if (first && known && facts.RoleAt(slot) == role)
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
            else if (facts.RoleAt(slot) != role)
            {
                found.Add(Broken(DrawRules.Stage1, $"Employee {id} sits as {role} in {where} but was drafted as {facts.RoleAt(slot)}."));
            }

            return person;
        }

        if (NumbersRepeat(result.Parties))
        {
            found.Add(Broken(DrawRules.Numbering, "Party numbers repeat."));
        }

        // Per planned unit: the parties of each kind formed, and the reserve persons held (checked against the plan below).
        var units = new UnitTally(plan);
        var members = new (Role Role, DrawEmployee Person)[PartyRoles.Count];
        for (var p = 0; p < result.Parties.Count; p++)
        {
            var party = result.Parties[p];
            var listed = party.Members;
            if (members.Length < listed.Count)
            {
                members = new (Role, DrawEmployee)[listed.Count];
            }

            var count = 0;
            var seated = 0;
            var fourth = false;
            for (var i = 0; i < listed.Count; i++)
            {
                var m = listed[i];
                if (Place(m.EmployeeId, m.Role, party.PartyNumber, null) is { } e)
                {
                    members[count++] = (m.Role, e);
                }

                if ((uint)m.Role < 4)
                {
                    seated |= 1 << (int)m.Role;
                }

                fourth |= m.Role == Role.PollingOfficer4;
            }
            if (seated != 0b1111)
            {
                found.Add(Broken(DrawRules.Composition, $"Party {party.PartyNumber} has no {string.Join(", ", Missing(listed))}."));
            }

            if (party.IsReserve && fourth)
            {
                found.Add(Broken(DrawRules.Composition, $"Reserve party {party.PartyNumber} has a 4th officer; reserve 4th officers are held as reserve persons."));
            }

            PartyRules.Check(input.Settings, party.PartyNumber, party.UnitCode, party.AllWomen, members.AsSpan(0, count), found);
            units.Party(party.UnitCode, KindOf(party.IsReserve, party.AllWomen, fourth));
        }
        foreach (var person in result.ReservePersons)
        {
            if (Place(person.EmployeeId, person.Role, 0, person) is { } e && !Eligibility.MayServeIn(e, person.UnitCode))
            {
                found.Add(Broken(DrawRules.NotPostedAtHome, $"Reserve {person.EmployeeId} belongs to unit {person.UnitCode}."));
            }

            units.ReservePerson(person.UnitCode);
        }
        var unplaced = facts.Count - draftedPlaced;
        if (unplaced > 0)
        {
            found.Add(new(DrawRules.OneParty, $"{unplaced} drafted people are in no party and no reserve.", facts.Count, facts.Count - unplaced));
        }

        for (var u = 0; u < plan.Units.Count; u++)
        {
            found.AddRange(UnitCounts(plan.Units[u], units.Formed(u)));
        }

        if (units.Stray > 0)
        {
            found.Add(Broken(DrawRules.Seats, $"{units.Stray} parties belong to units without stations."));
        }

        System.Buffers.ArrayPool<bool>.Shared.Return(placed);
    }

    private static bool NumbersRepeat(IReadOnlyList<DrawParty> parties)
    {
        // Stage 2 numbers its parties 1, 2, 3, … in the order it lists them: then none repeats, and no set of
        // thousands of numbers need be built to show it.
        var inTurn = true;
        for (var p = 0; p < parties.Count && inTurn; p++)
        {
            inTurn = parties[p].PartyNumber == p + 1;
        }

        if (inTurn)
        {
            return false;
        }

        var numbers = new HashSet<int>(parties.Count);
        foreach (var party in parties)
        {
            numbers.Add(party.PartyNumber);
        }

        return numbers.Count != parties.Count;
    }

    /// <summary>The first four roles no member holds (the finding of a party short of them).</summary>
    private static IEnumerable<Role> Missing(IReadOnlyList<PartyMember> members) =>
        PartyRoles.All.Take(4).Where(r => members.All(m => m.Role != r));

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
}
