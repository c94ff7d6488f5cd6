namespace ElectionTool.Draw.Duties;

/// <summary>Who may be drawn for each duty at all (on top of <see cref="Eligibility.Exclusion"/>).</summary>
public static class DutyBands
{
    public static readonly IReadOnlySet<string> CentralCategories = new HashSet<string>(StringComparer.Ordinal) { "CentralGovt", "CentralPsu", "Bank" };

    public static bool InBand(DutyPerson p, DutyKind kind, DutyRules rules) => kind switch
    {
        DutyKind.ZonalOfficer or DutyKind.SectorOfficer or DutyKind.CountingSupervisor => !p.Employee.Contractual &&
            ((rules.AllowGazetted && p.Employee.Gazetted) || p.Employee.PayLevel >= rules.MinPayLevel),
        DutyKind.MicroObserver or DutyKind.CountingMicroObserver => !p.Employee.Contractual && CentralCategories.Contains(p.DepartmentCategory) &&
            p.ServiceGroup is "A" or "B" or "C",
        DutyKind.CountingAssistant => !p.Employee.Contractual && p.ServiceGroup is "A" or "B" or "C",
        _ => false,
    };

    /// <summary>The band in words, for findings and the spec.</summary>
    public static string Describe(DutyKind kind, DutyRules rules) => kind switch
    {
        DutyKind.MicroObserver or DutyKind.CountingMicroObserver => "Central Govt, Central PSU or Bank staff of group A, B or C, not contractual",
        DutyKind.CountingAssistant => "group A, B or C, not contractual",
        _ => $"{(rules.AllowGazetted ? "gazetted, or " : "")}pay level {rules.MinPayLevel} or above, not contractual",
    };

    public static string Title(DutyKind kind) => kind switch
    {
        DutyKind.ZonalOfficer => "Zonal officer",
        DutyKind.SectorOfficer => "Sector officer",
        DutyKind.MicroObserver => "Micro-observer",
        DutyKind.CountingSupervisor => "Counting supervisor",
        DutyKind.CountingAssistant => "Counting assistant",
        DutyKind.CountingMicroObserver => "Counting micro-observer",
        _ => kind.ToString(),
    };
}
