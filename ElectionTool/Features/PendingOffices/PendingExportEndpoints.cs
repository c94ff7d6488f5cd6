using System.Globalization;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Export;
using ElectionTool.Hosting;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.PendingOffices;

/// <summary>
/// GET /pending/export.csv and /pending/export.xlsx — the pending list for follow-up calls, in the caller's scope
/// (resolved from the sign-in, never from the query string), not cached by the browser, and logged.
/// </summary>
public static class PendingExportEndpoints
{
    public static IEndpointRouteBuilder MapPendingExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/pending/export.{format}", async (string format, string? department, StaffListState? state, HttpContext context, CancellationToken ct) =>
        {
            if (format is not ("csv" or "xlsx"))
            {
                return Results.NotFound();
            }
            var services = context.RequestServices;
            var scope = await services.GetRequiredService<DashboardScopeResolver>().ResolveAsync(context.User, ct);
            var filter = new PendingFilter(department, state);
            var rows = await services.GetRequiredService<PendingOfficesService>().ExportAsync(scope, filter, ct);
            await RecordAsync(services, context.User.Identity?.Name ?? "unknown", format, scope, filter, rows.Count, ct);

            context.Response.Headers.CacheControl = "no-store";
            var clock = services.GetRequiredService<DistrictClock>();
            var stamp = clock.Format(clock.UtcNow, "yyyyMMdd-HHmm");
            return format == "csv"
                ? Results.File(Csv(rows, clock), "text/csv; charset=utf-8", $"pending-offices-{stamp}.csv")
                : Results.File(Xlsx(rows, clock), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"pending-offices-{stamp}.xlsx");
        }).RequireAuthorization(Policies.DashboardViewer);
        return endpoints;
    }

    /// <summary>A report for people (not an upload format), so its headings are in the user's language.</summary>
    private static string[] Headings() =>
        [.. new[] { "Department", "Office code", "Office", "State", "Entered", "Declared", "Last activity (IST)", "Office phone", "Head of office", "Head's mobile" }
            .Select(UiText.Of)]; // English: resource keys, each given to UiText.Of

    private static object?[] Cells(PendingOffice o, DistrictClock clock) =>
    [
        o.DepartmentCode, o.Code, o.Name, UiText.Of(o.State == StaffListState.NotStarted ? "Not started" : "In progress"), o.Entered, o.Declared,
        o.LastActivityAt is { } at ? clock.Format(at, "yyyy-MM-dd HH:mm") : "",
        o.Phone, o.HeadDesignation, o.HeadMobile,
    ];

    // Both through the one neutralizing writer: office names and phones are typed by offices.
    internal static byte[] Csv(IReadOnlyList<PendingOffice> rows, DistrictClock clock) =>
        SpreadsheetText.CsvBytes(rows.Select(r => (IEnumerable<object?>)Cells(r, clock)).Prepend(Headings()));

    internal static byte[] Xlsx(IReadOnlyList<PendingOffice> rows, DistrictClock clock) =>
        SpreadsheetText.XlsxBytes(UiText.Of("Pending offices"), Headings(), rows.Select(r => Cells(r, clock)));

    private static async Task RecordAsync(IServiceProvider services, string user, string format, DashboardScope scope, PendingFilter filter, int rows, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ElectionDbContext>>().CreateDbContextAsync(ct);
        AuditLog.Record(db, user, "Export pending offices", "Office", format, null,
            new { Format = format, Scope = scope.Label, filter.DepartmentCode, State = filter.State?.ToString(), Rows = rows });
        await db.SaveChangesAsync(ct);
    }
}
