namespace ElectionTool.Draw;

/// <summary>The party rules, checked on whole records. Used by the validator and by replacement.</summary>
public static class PartyRules
{
    /// <summary>Every broken rule in one party, as blocking findings.</summary>
    public static List<DrawFinding> Check(
        DrawSettings settings, int partyNumber, string unitCode, bool allWomen,
        IReadOnlyList<(Role Role, DrawEmployee Person)> members)
    {
        var found = new List<DrawFinding>();
        Check(settings, partyNumber, unitCode, allWomen, CanonicalOrder.Items(members), found);
        return found;
    }

    /// <summary>
    /// The same, added to <paramref name="found"/>: the validator checks thousands of parties, each without a list of
    /// its own.
    /// </summary>
    internal static void Check(
        DrawSettings settings, int partyNumber, string unitCode, bool allWomen,
        ReadOnlySpan<(Role Role, DrawEmployee Person)> members, List<DrawFinding> found)
    {
        string? labelText = null;
        string Label() => labelText ??= $"Party {partyNumber} ({unitCode})";
        DrawEmployee? presiding = null;
        var repeatedRole = false;
        for (var i = 0; i < members.Length; i++)
        {
            if (presiding is null && members[i].Role == Role.PresidingOfficer)
            {
                presiding = members[i].Person;
            }

            for (var j = 0; j < i; j++)
            {
                repeatedRole |= members[j].Role == members[i].Role;
            }
        }
        if (presiding is null)
        {
            found.Add(new(DrawRules.Composition, $"{Label()} has no Presiding Officer.", 1, 0));
        }

        for (var i = 0; repeatedRole && i < members.Length; i++)
        {
            // Each role once, where it first appears, with how many hold it.
            var role = members[i].Role;
            var (earlier, holders) = (false, 0);
            for (var j = 0; j < members.Length; j++)
            {
                earlier |= j < i && members[j].Role == role;
                holders += members[j].Role == role ? 1 : 0;
            }

            if (!earlier && holders > 1)
            {
                found.Add(new(DrawRules.Composition, $"{Label()} has {holders} members as {role}.", 1, holders));
            }
        }

        for (var i = 0; i < members.Length; i++)
        {
            var (role, person) = members[i];
            if (!Eligibility.MayServeIn(person, unitCode))
            {
                found.Add(new(DrawRules.NotPostedAtHome, $"{Label()}: employee {person.Id} belongs to unit {unitCode}.", 0, 1));
            }

            if (presiding is not null && role != Role.PresidingOfficer && Eligibility.ComparePay(presiding, person) < 0)
            {
                found.Add(new(DrawRules.Hierarchy, $"{Label()}: {role} {person.Id} is paid more than the Presiding Officer.", 0, 1));
            }

            for (var j = 0; j < i; j++)
            {
                var other = members[j].Person;
                if (other.OfficeId == person.OfficeId)
                {
                    found.Add(new(DrawRules.SameOffice, $"{Label()}: {other.Id} and {person.Id} are from office {person.OfficeCode}.", 1, 2));
                }
                else if (settings.NoSameDepartment &&
                         string.Equals(other.DepartmentCode, person.DepartmentCode, StringComparison.Ordinal))
                {
                    found.Add(new(DrawRules.SameDepartment, $"{Label()}: {other.Id} and {person.Id} are from department {person.DepartmentCode}.", 1, 2));
                }
            }
        }
        var women = 0;
        for (var i = 0; i < members.Length; i++)
        {
            if (Eligibility.IsWoman(members[i].Person))
            {
                women++;
            }
        }

        if (allWomen && women != members.Length)
        {
            found.Add(new(DrawRules.Women, $"{Label()} serves a women-managed station but has {members.Length - women} members who are not women.", members.Length, women));
        }

        if (!allWomen && settings.WomenRule == WomenRule.NoneOrAtLeastTwo && women == 1)
        {
            found.Add(new(DrawRules.Women, $"{Label()} has exactly one woman.", 2, 1));
        }
    }
}
