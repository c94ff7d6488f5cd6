namespace ElectionTool.Data.Entities;

/// <summary>
/// Outside software (payroll, HRMS, a state portal) allowed to call the API with its own key. Only a hash of
/// the key is kept; the key itself is shown once, when it is created or rotated.
/// </summary>
public class Integration
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The key's first characters, shown so the IT cell can tell keys apart; not secret.</summary>
    public required string KeyPrefix { get; set; }

    /// <summary>SHA-256 of the whole key, hex.</summary>
    public required string KeyHash { get; set; }

    /// <summary>Space-separated scopes, e.g. "status:read staff:write".</summary>
    public required string Scopes { get; set; }

    /// <summary>Comma-separated office codes the staff scopes reach (with <see cref="DepartmentCodes"/>).</summary>
    public string OfficeCodes { get; set; } = "";
    public string DepartmentCodes { get; set; } = "";
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public DateTimeOffset? RotatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public long Calls { get; set; }
}
