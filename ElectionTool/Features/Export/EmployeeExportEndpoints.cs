using ElectionTool.Features.Common;
using ElectionTool.Features.Import;
using ElectionTool.Hosting;

namespace ElectionTool.Features.Export;

/// <summary>GET /employees/export.csv and /employees/export.xlsx (Admin; optional ?office=CODE&amp;department=CODE), never cached.</summary>
public static class EmployeeExportEndpoints
{
    public static IEndpointRouteBuilder MapEmployeeExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/employees/export.csv", (HttpContext context, EmployeeExporter exporter, string? office, string? department, CancellationToken ct) =>
            ExportAsync(context, exporter, ExportFormat.Csv, new EmployeeExportFilter(Blank(office), Blank(department)), ct)).RequireAuthorization(Policies.Admin);
        endpoints.MapGet("/employees/export.xlsx", (HttpContext context, EmployeeExporter exporter, string? office, string? department, CancellationToken ct) =>
            ExportAsync(context, exporter, ExportFormat.Xlsx, new EmployeeExportFilter(Blank(office), Blank(department)), ct)).RequireAuthorization(Policies.Admin);
        return endpoints;
    }

    private static string? Blank(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();

    private static async Task<IResult> ExportAsync(HttpContext context, EmployeeExporter exporter, ExportFormat format, EmployeeExportFilter filter, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (await exporter.CheckAsync(filter, ct) is { } problem)
        {
            return Results.NotFound(problem);
        }
        var scope = filter.OfficeCode ?? filter.DepartmentCode ?? "district";
        var (extension, contentType) = format == ExportFormat.Csv ? ("csv", "text/csv; charset=utf-8") : ("xlsx", StaffImportEndpoints.XlsxContentType);
        return Results.Stream(body => exporter.WriteAsync(body, format, filter, ct), contentType, $"employees-{scope}-{context.RequestServices.GetRequiredService<DistrictClock>().Today:yyyyMMdd}.{extension}");
    }
}
