using System.Text;
using ElectionTool.Hosting;

namespace ElectionTool.Features.Draw.Bundle;

/// <summary>
/// GET /draw/bundle/{run}.zip — the audit bundle (Admin and Observers); GET /draw/bundle/{run}/people.txt — the
/// private Id → person mapping (Admin). Never cached; each download logged.
/// </summary>
public static class DrawBundleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/draw/bundle/{runId:long}.zip", async (long runId, HttpContext context, DrawBundleService bundles, CancellationToken ct) =>
        {
            try
            {
                var bundle = await bundles.BuildAsync(runId, ct);
                context.Response.Headers.CacheControl = "no-store";
                return Results.File(bundle.ToZip(), "application/zip", bundle.FileName);
            }
            catch (DrawRefusedException refused)
            {
                return Results.NotFound(refused.Message);
            }
        }).RequireAuthorization(Policies.DrawViewer);

        endpoints.MapGet("/draw/bundle/{runId:long}/people.txt", async (long runId, HttpContext context, DrawBundleService bundles, CancellationToken ct) =>
        {
            try
            {
                var text = await bundles.MappingAsync(runId, ct);
                context.Response.Headers.CacheControl = "no-store";
                return Results.File(new UTF8Encoding(false).GetBytes(text), "text/plain; charset=utf-8", $"draw-run{runId}-people.txt");
            }
            catch (DrawRefusedException refused)
            {
                return Results.NotFound(refused.Message);
            }
        }).RequireAuthorization(Policies.Admin);
    }
}
