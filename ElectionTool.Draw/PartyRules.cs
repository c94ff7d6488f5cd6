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
        var label = $"Party {partyNumber} ({unitCode})";
        var presiding = members.FirstOrDefault(m => m.Role == Role.PresidingOfficer).Person;
        if (presiding is null)
        {
            found.Add(new(DrawRules.Composition, $"{label} has no Presiding Officer.", 1, 0));
        }

        foreach (var group in members.GroupBy(m => m.Role).Where(g => g.Count() > 1))
        {
            found.Add(new(DrawRules.Composition, $"{label} has {group.Count()} members as {group.Key}.", 1, group.Count()));
        }

        for (var i = 0; i < members.Count; i++)
        {
            var (role, person) = members[i];
            if (!Eligibility.MayServeIn(person, unitCode))
            {
                found.Add(new(DrawRules.NotPostedAtHome, $"{label}: employee {person.Id} belongs to unit {unitCode}.", 0, 1));
            }

            if (presiding is not null && role != Role.PresidingOfficer && Eligibility.ComparePay(presiding, person) < 0)
            {
                found.Add(new(DrawRules.Hierarchy, $"{label}: {role} {person.Id} is paid more than the Presiding Officer.", 0, 1));
            }

            for (var j = 0; j < i; j++)
            {
                var other = members[j].Person;
                if (other.OfficeId == person.OfficeId)
                {
                    found.Add(new(DrawRules.SameOffice, $"{label}: {other.Id} and {person.Id} are from office {person.OfficeCode}.", 1, 2));
                }
                else if (settings.NoSameDepartment &&
                         string.Equals(other.DepartmentCode, person.DepartmentCode, StringComparison.Ordinal))
                {
                    found.Add(new(DrawRules.SameDepartment, $"{label}: {other.Id} and {person.Id} are from department {person.DepartmentCode}.", 1, 2));
                }
            }
        }
        var women = members.Count(m => Eligibility.IsWoman(m.Person));
        if (allWomen && women != members.Count)
        {
            found.Add(new(DrawRules.Women, $"{label} serves a women-managed station but has {members.Count - women} members who are not women.", members.Count, women));
        }

        if (!allWomen && settings.WomenRule == WomenRule.NoneOrAtLeastTwo && women == 1)
        {
            found.Add(new(DrawRules.Women, $"{label} has exactly one woman.", 2, 1));
        }

        return found;
    }
}
