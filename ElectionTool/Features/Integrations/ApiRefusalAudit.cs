using ElectionTool.Data;
using ElectionTool.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Integrations;

/// <summary>
/// Calls refused before they reach an endpoint (wrong, revoked or expired key; scope; rate limit) go to the audit
/// log too, with the integration when the key was recognised, the endpoint and the reason.
/// </summary>
public static class ApiRefusalAudit
{
    public const string Action = "ApiCallRefused";
    public const string IntegrationItem = "api-integration";

    public static async Task RecordAsync(HttpContext http, int status, string reason)
    {
        var endpoint = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        var caller = http.Items[IntegrationItem] as string ?? http.User.Identity?.Name ?? IntegrationService.CallerPrefix + "unknown";
        var dbFactory = http.RequestServices.GetRequiredService<IDbContextFactory<ElectionDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        AuditLog.Record(db, caller, Action, "Api", $"{http.Request.Method} {endpoint}", null,
            new { Status = status, Reason = reason, Path = http.Request.Path.Value });
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
