namespace ElectionTool.Draw;

/// <summary>The rules about a single person, shared by the stages, the validator and replacement.</summary>
public static class Eligibility
{
    /// <summary>Why the person cannot be drafted at all, or null when they can.</summary>
    public static string? Exclusion(DrawEmployee e, DrawSettings s, IReadOnlyCollection<string> unitCodes) =>
        Exclusion(e, unitCodes, RetirementCutoff(s));

    /// <summary>Anyone retiring before this day is excluded: the poll date plus the margin.</summary>
    public static DateOnly RetirementCutoff(DrawSettings s) => s.PollDate.AddMonths(s.RetirementMarginMonths);

    /// <summary>The same, with the cutoff worked out once for a whole pool.</summary>
    internal static string? Exclusion(DrawEmployee e, IReadOnlyCollection<string> unitCodes, DateOnly retirementCutoff)
    {
        if (!e.OfficeFinalized)
        {
            return "office not finalized";
        }

        if (e.ExemptionApproved)
        {
            return "approved exemption";
        }

        if (e.Disability)
        {
            return "person with disability";
        }

        if (e.RetirementDate is { } retires && retires < retirementCutoff)
        {
            return "retiring before poll date + margin";
        }

        // Four units at most are barred to anyone, so with five or more (distinct) drawn units this never applies.
        if (unitCodes.Count is > 0 and <= 4 && BarredFromAll(e, unitCodes))
        {
            return "every unit is their voter, residence, home or office unit";
        }

        return null;
    }

    /// <summary>
    /// Whether no drawn unit is open to the person. A loop, not a lambda over the codes: a lambda capturing the
    /// person would allocate on every call of <see cref="Exclusion(DrawEmployee, IReadOnlyCollection{string}, DateOnly)"/>,
    /// 60,000 times a stage-1 draw, whether or not this check runs.
    /// </summary>
    private static bool BarredFromAll(DrawEmployee e, IReadOnlyCollection<string> unitCodes)
    {
        foreach (var unitCode in unitCodes)
        {
            if (MayServeIn(e, unitCode))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Role bands: who may be drawn for a role at all.</summary>
    public static bool InBand(DrawEmployee e, Role role, DrawSettings s) => (Bands(e, s) & (1 << (int)role)) != 0;

    /// <summary>
    /// The person's role bands as bits (bit r: in the band of role r). Worked out at once, without branching on the
    /// pay level, as the selection pool asks it of every eligible person.
    /// </summary>
    internal static int Bands(DrawEmployee e, DrawSettings s)
    {
        // From Polling Officer 2 on, a band holds everyone.
        var bands = (1 << PartyRoles.Count) - 1 - (1 << (int)Role.PresidingOfficer) - (1 << (int)Role.PollingOfficer1);
        if (!e.Contractual)
        {
            var presides = (s.PresidingAllowGazetted & e.Gazetted) | (e.PayLevel >= s.PresidingMinPayLevel);
            bands |= (presides ? 1 << (int)Role.PresidingOfficer : 0) |
                (e.PayLevel >= s.PollingOfficer1MinPayLevel ? 1 << (int)Role.PollingOfficer1 : 0);
        }

        return bands;
    }

    /// <summary>Not posted at home: never in the unit where they vote, reside, belong or work.</summary>
    public static bool MayServeIn(DrawEmployee e, string unitCode) =>
        !string.Equals(e.VoterUnit, unitCode, StringComparison.Ordinal) &&
        !string.Equals(e.ResidenceUnit, unitCode, StringComparison.Ordinal) &&
        !string.Equals(e.HomeUnit, unitCode, StringComparison.Ordinal) &&
        !string.Equals(e.OfficeUnit, unitCode, StringComparison.Ordinal);

    public static bool IsWoman(DrawEmployee e) => e.Gender == DrawGender.F;

    /// <summary>Pay order for the hierarchy rule: level first, then basic pay.</summary>
    public static int ComparePay(DrawEmployee a, DrawEmployee b)
    {
        var byLevel = a.PayLevel.CompareTo(b.PayLevel);
        return byLevel != 0 ? byLevel : a.BasicPay.CompareTo(b.BasicPay);
    }

    public static bool HasSpouse(DrawEmployee e) => !string.IsNullOrEmpty(e.SpouseKey);
}
