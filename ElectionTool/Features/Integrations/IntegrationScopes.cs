using ElectionTool.Resources;

namespace ElectionTool.Features.Integrations;

/// <summary>What an integration's key may do. Staff scopes reach only the offices or departments chosen for it.</summary>
public static class IntegrationScopes
{
    public const string StatusRead = "status:read";
    public const string StaffRead = "staff:read";
    public const string StaffWrite = "staff:write";
    public const string DrawRead = "draw:read";

    public static readonly IReadOnlyList<string> All = [StatusRead, StaffRead, StaffWrite, DrawRead];

    public static string Describe(string scope) => UiText.Of(scope switch
    {
        StatusRead => "Read offices, list states, the pending list and dashboard figures",
        StaffRead => "Read the staff of the chosen offices or departments",
        StaffWrite => "Write (upsert) the staff of the chosen offices or departments",
        DrawRead => "Read duties and appointment orders once the draw is released",
        _ => scope,
    });

    public static bool NeedsOffices(IEnumerable<string> scopes) => scopes.Any(s => s is StaffRead or StaffWrite);
}

/// <summary>Claims carried by an API caller's identity (never by a cookie).</summary>
public static class IntegrationClaims
{
    public const string Id = "integration:id";
    public const string Scope = "integration:scope";
    public const string Office = "integration:office";
    public const string Department = "integration:department";
}
