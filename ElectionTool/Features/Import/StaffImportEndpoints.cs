using ElectionTool.Hosting;
using ElectionTool.Resources;

namespace ElectionTool.Features.Import;

/// <summary>
/// GET /staff/template.csv and .xlsx (operators and Admin); GET /staff/import-reports/{id}.csv (the importing user
/// only). All marked no-store: the reports carry personal data.
/// </summary>
public static class StaffImportEndpoints
{
    public const string TemplateCsvUrl = "/staff/template.csv";
    public const string TemplateXlsxUrl = "/staff/template.xlsx";

    public static IEndpointRouteBuilder MapStaffImport(this IEndpointRouteBuilder endpoints)
    {
        var staff = endpoints.MapGroup("/staff").RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.OfficeOperator));
        staff.MapGet("/template.csv", (HttpContext context) =>
            NoStore(context, Results.File(StaffTemplates.Csv(), "text/csv; charset=utf-8", StaffTemplates.CsvFileName)));
        staff.MapGet("/template.xlsx", (HttpContext context) =>
            NoStore(context, Results.File(StaffTemplates.Xlsx(), XlsxContentType, StaffTemplates.XlsxFileName)));
        staff.MapGet("/import-reports/{id}.csv", (string id, HttpContext context, StaffImportReportStore store) =>
            store.Find(id, context.User.Identity?.Name) is { } report
                ? NoStore(context, Results.File(report.RejectedRowsCsv(), "text/csv; charset=utf-8", report.RejectedRowsFileName))
                : Results.NotFound(UiText.Of("This import report has expired or is not yours. Import the file again to get a new one.")))
            .WithMetadata(Auditing.AuditedViews.Of("import report (rejected rows)"));
        return endpoints;
    }

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IResult NoStore(HttpContext context, IResult result)
    {
        context.Response.Headers.CacheControl = "no-store";
        return result;
    }
}
