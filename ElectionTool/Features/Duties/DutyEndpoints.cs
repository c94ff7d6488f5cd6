using ElectionTool.Features.Draw;
using ElectionTool.Hosting;
using ElectionTool.Resources;

namespace ElectionTool.Features.Duties;

/// <summary>GET /duties/export/sectors.csv and /duties/export/duties.{csv|xlsx} — Admin only, never cached, each download logged.</summary>
public static class DutyEndpoints
{
    public static IEndpointRouteBuilder MapDutyExports(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/duties/export/sectors.csv", async (HttpContext context, SectorFileService files, DutyOutputService outputs, CancellationToken ct) =>
        {
            try
            {
                var bytes = await files.ExportAsync(ct);
                context.Response.Headers.CacheControl = "no-store";
                await outputs.AuditAsync("SectorsExported", bytes.Length, ct);
                return Results.File(bytes, "text/csv; charset=utf-8", "sectors.csv");
            }
            catch (DrawRefusedException refused)
            {
                return Results.Conflict(refused.Message);
            }
        }).RequireAuthorization(Policies.Admin);

        endpoints.MapGet("/duties/export/duties.{format}", async (string format, HttpContext context, DutyOutputService outputs, CancellationToken ct) =>
        {
            if (format is not ("csv" or "xlsx"))
            {
                return Results.NotFound(UiText.Of("Use .csv or .xlsx."));
            }
            var table = await outputs.ExportAsync(ct);
            context.Response.Headers.CacheControl = "no-store";
            return format == "csv"
                ? Results.File(DrawExports.ToCsv(table), "text/csv; charset=utf-8", "duties.csv")
                : Results.File(DrawExports.ToXlsx(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "duties.xlsx");
        }).RequireAuthorization(Policies.Admin);
        return endpoints;
    }
}
