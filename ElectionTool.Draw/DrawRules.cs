namespace ElectionTool.Draw;

/// <summary>
/// The names of the rules a <see cref="DrawFinding"/> can concern, one home for each, so the pages, the
/// dashboard and the command line match findings without repeating the words.
/// </summary>
public static class DrawRules
{
    public const string Input = "Input";
    public const string Eligibility = "Eligibility";
    public const string Couples = "Couples";
    public const string Pool = "Pool";
    public const string RoleBand = "RoleBand";
    public const string OneRole = "OneRole";
    public const string OneParty = "OneParty";
    public const string Seats = "Seats";
    public const string Women = "Women";
    public const string Hierarchy = "Hierarchy";
    public const string SameOffice = "SameOffice";
    public const string SameDepartment = "SameDepartment";
    public const string NotPostedAtHome = "NotPostedAtHome";
    public const string Composition = "Composition";
    public const string Redraw = "Redraw";
    public const string Parties = "Parties";
    public const string Numbering = "Numbering";
    public const string Stations = "Stations";
    public const string InputHash = "InputHash";
    public const string OutputHash = "OutputHash";
    public const string Stage1 = "Stage1";
    public const string Stage2 = "Stage2";
    public const string Version = "Version";
    public const string Internal = "Internal";

    /// <summary>The rule of a role's head count: the role's own name (e.g. "PresidingOfficer").</summary>
    public static string Role(Role role) => role.ToString();

    /// <summary>The rule of a previous stage's result ("Stage1", "Stage2").</summary>
    public static string Stage(int stage) => stage == 1 ? Stage1 : Stage2;
}
