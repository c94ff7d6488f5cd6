namespace ElectionTool.Data.Entities;

/// <summary>One change kept for the Admin: who, when, what, before and after (as JSON).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string EntityKey { get; set; } = "";
    public string? Before { get; set; }
    public string? After { get; set; }
}

/// <summary>A district-level setting the Admin can change in the app (overrides appsettings.json).</summary>
public class DistrictSetting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
