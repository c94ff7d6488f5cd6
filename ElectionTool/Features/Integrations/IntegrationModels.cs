using ElectionTool.Resources;

namespace ElectionTool.Features.Integrations;

/// <summary>What the Admin asks for when creating an integration.</summary>
public sealed record IntegrationRequest(string Name, IReadOnlyList<string> Scopes, IReadOnlyList<string> OfficeCodes,
    IReadOnlyList<string> DepartmentCodes, DateTimeOffset? ExpiresAt);

/// <summary>An integration as listed: never its key.</summary>
public sealed record IntegrationSummary(int Id, string Name, string KeyPrefix, IReadOnlyList<string> Scopes, IReadOnlyList<string> OfficeCodes,
    IReadOnlyList<string> DepartmentCodes, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, long Calls)
{
    public string State(DateTimeOffset now) => UiText.Of(RevokedAt is not null ? "Revoked" : ExpiresAt <= now ? "Expired" : "Active");
}

/// <summary>The one moment a key is visible: right after create or rotate.</summary>
public sealed record IssuedKey(IntegrationSummary Integration, string Key);

/// <summary>How often an integration called one endpoint.</summary>
public sealed record EndpointUsage(string Endpoint, int Calls, DateTimeOffset LastCall);
