using ElectionTool.Resources;

namespace ElectionTool.Hosting;

public static class Roles
{
    public const string Admin = "Admin";
    public const string NodalOfficer = "NodalOfficer";
    public const string OfficeOperator = "OfficeOperator";
    public const string Observer = "Observer";

    /// <summary>A training hall's desk: marks attendance and records postal-ballot steps, nothing else.</summary>
    public const string TrainingDesk = "TrainingDesk";

    public static readonly IReadOnlyList<string> All = [Admin, NodalOfficer, OfficeOperator, Observer, TrainingDesk];

    /// <summary>The role's name in the user's language (the role itself is the code, e.g. "NodalOfficer").</summary>
    public static string Display(string role) => UiText.Of(role switch
    {
        NodalOfficer => "Nodal officer",
        OfficeOperator => "Office operator",
        TrainingDesk => "Training desk",
        _ => role,
    });
}

/// <summary>Authorization policies; every page and endpoint names one of these.</summary>
public static class Policies
{
    public const string Admin = "RequireAdmin";
    public const string OfficeOperator = "RequireOfficeOperator";

    /// <summary>Admin, nodal officers and observers: the dashboards.</summary>
    public const string DashboardViewer = "RequireDashboardViewer";

    /// <summary>Admin and observers: draws, seeds, hashes, verification.</summary>
    public const string DrawViewer = "RequireDrawViewer";

    /// <summary>Admin and training desks: attendance and postal-ballot steps.</summary>
    public const string TrainingDesk = "RequireTrainingDesk";

    public const string AnyRole = "RequireAnyRole";
}

public static class ElectionClaims
{
    public const string OfficeId = "election:office";
    public const string FullName = "election:name";

    /// <summary>A pending account step (see Features/Accounts/Gate): while present, the user holds no role.</summary>
    public const string AccountStep = "election:account-step";
}
