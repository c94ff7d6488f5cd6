namespace ElectionTool.Draw;

/// <summary>A seat in a polling party. The numeric order is the order members are listed in.</summary>
public enum Role
{
    PresidingOfficer = 0,
    PollingOfficer1 = 1,
    PollingOfficer2 = 2,
    PollingOfficer3 = 3,
    PollingOfficer4 = 4,
}

/// <summary>Gender as entered by the office: M, F, or T (third gender).</summary>
public enum DrawGender
{
    M,
    F,
    T,
}

/// <summary>How women are spread over parties that do not serve a women-managed station.</summary>
public enum WomenRule
{
    /// <summary>No constraint.</summary>
    None,

    /// <summary>A party has either no women or at least two, so no woman serves alone.</summary>
    NoneOrAtLeastTwo,
}

public static class PartyRoles
{
    public const int Count = 5;

    public static readonly IReadOnlyList<Role> All =
        [Role.PresidingOfficer, Role.PollingOfficer1, Role.PollingOfficer2, Role.PollingOfficer3, Role.PollingOfficer4];

    public static string Title(Role role) => role switch
    {
        Role.PresidingOfficer => "Presiding Officers",
        Role.PollingOfficer1 => "Polling Officers 1",
        Role.PollingOfficer2 => "Polling Officers 2",
        Role.PollingOfficer3 => "Polling Officers 3",
        _ => "Polling Officers 4",
    };
}
