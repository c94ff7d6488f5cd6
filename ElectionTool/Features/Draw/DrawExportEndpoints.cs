using ElectionTool.Hosting;
using ElectionTool.Resources;

namespace ElectionTool.Features.Draw;

/// <summary>GET /draw/export/{kind}.{csv|xlsx} — Admin only, never cached, each download logged.</summary>
public static class DrawExportEndpoints
{
    public static IEndpointRouteBuilder MapDrawExports(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/draw/export/{kind}.{format}", async (string kind, string format, HttpContext context, DrawOutputService outputs, CancellationToken ct) =>
        {
            if (format is not ("csv" or "xlsx"))
            {
                return Results.NotFound(UiText.Of("Use .csv or .xlsx."));
            }

            DrawExports.Table? table;
            try
            {
                table = await DrawExports.BuildAsync(outputs, kind, ct);
            }
            catch (DrawRefusedException refused)
            {
                return Results.Conflict(refused.Message);
            }
            if (table is null)
            {
                return Results.NotFound(UiText.Format("No export called '{0}'.", kind));
            }

            context.Response.Headers.CacheControl = "no-store";
            await outputs.LogExportAsync($"{kind}.{format}", table.Rows.Count, ct);
            var name = $"draw-{kind}.{format}";
            return format == "csv"
                ? Results.File(DrawExports.ToCsv(table), "text/csv; charset=utf-8", name)
                : Results.File(DrawExports.ToXlsx(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        }).RequireAuthorization(Policies.Admin);
        return endpoints;
    }
}
