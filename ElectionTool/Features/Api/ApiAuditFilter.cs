using System.Security.Claims;
using ElectionTool.Data;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Integrations;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Api;

/// <summary>
/// Writes every API call to the audit log (integration, endpoint, status, rows) and counts it on the
/// integration, so its page shows the usage.
/// </summary>
public sealed class ApiAuditFilter(IDbContextFactory<ElectionDbContext> dbFactory, TimeProvider clock) : IEndpointFilter
{
    private const string RowsItem = "api-rows";

    /// <summary>Handlers say how many rows they read or wrote.</summary>
    public static void Count(HttpContext context, int rows) => context.Items[RowsItem] = rows;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        var endpoint = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var rows = http.Items[RowsItem] as int? ?? 0;
        var caller = http.User.Identity?.Name ?? "api:unknown";
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        AuditLog.Record(db, caller, IntegrationService.ApiAuditAction, "Api", $"{http.Request.Method} {endpoint}", null,
            new { Status = status, Rows = rows, Path = http.Request.Path.Value });
        await db.SaveChangesAsync(CancellationToken.None);
        if (int.TryParse(http.User.FindFirstValue(IntegrationClaims.Id), out var id))
        {
            var now = clock.GetUtcNow();
            await db.Integrations.Where(i => i.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Calls, i => i.Calls + 1).SetProperty(i => i.LastUsedAt, now), CancellationToken.None);
        }
        return result;
    }
}
