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
        string? labelText = null;
        string Label() => labelText ??= $"Party {partyNumber} ({unitCode})";
        DrawEmployee? presiding = null;
        var repeatedRole = false;
        for (var i = 0; i < members.Count; i++)
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

        foreach (var group in repeatedRole ? members.GroupBy(m => m.Role).Where(g => g.Count() > 1) : [])
        {
            found.Add(new(DrawRules.Composition, $"{Label()} has {group.Count()} members as {group.Key}.", 1, group.Count()));
        }

        for (var i = 0; i < members.Count; i++)
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
        for (var i = 0; i < members.Count; i++)
        {
            if (Eligibility.IsWoman(members[i].Person))
            {
                women++;
            }
        }

        if (allWomen && women != members.Count)
        {
            found.Add(new(DrawRules.Women, $"{Label()} serves a women-managed station but has {members.Count - women} members who are not women.", members.Count, women));
        }

        if (!allWomen && settings.WomenRule == WomenRule.NoneOrAtLeastTwo && women == 1)
        {
            found.Add(new(DrawRules.Women, $"{Label()} has exactly one woman.", 2, 1));
        }

        return found;
    }
}
