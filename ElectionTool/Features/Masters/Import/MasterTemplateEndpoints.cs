using ElectionTool.Features.Masters.Constituencies;
using ElectionTool.Features.Masters.Departments;
using ElectionTool.Features.Masters.LocalBodies;
using ElectionTool.Features.Masters.Offices;
using ElectionTool.Features.Masters.Stations;
using ElectionTool.Hosting;
using ElectionTool.Resources;

namespace ElectionTool.Features.Masters.Import;

/// <summary>GET /masters/{kind}/template.csv — the prescribed CSV for each master, with an example row.</summary>
public static class MasterTemplateEndpoints
{
    private static readonly Dictionary<string, Func<IServiceProvider, (string FileName, byte[] Bytes)>> Templates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["departments"] = sp => Build(sp.GetRequiredService<DepartmentService>()),
        ["offices"] = sp => Build(sp.GetRequiredService<OfficeService>()),
        ["constituencies"] = sp => Build(sp.GetRequiredService<ConstituencyService>()),
        ["local-bodies"] = sp => Build(sp.GetRequiredService<LocalBodyService>()),
        ["wards"] = sp => Build(sp.GetRequiredService<WardService>()),
        ["stations"] = sp => Build(sp.GetRequiredService<PollingStationService>()),
        ["counting-halls"] = sp => Build(sp.GetRequiredService<Counting.Halls.CountingHallService>()),
    };

    public static IEndpointRouteBuilder MapMasterTemplates(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/masters/{kind}/template.csv", (string kind, HttpContext context) =>
        {
            if (!Templates.TryGetValue(kind, out var build))
            {
                return Results.NotFound(UiText.Format("No master called '{0}'.", kind));
            }
            var (fileName, bytes) = build(context.RequestServices);
            return Results.File(bytes, "text/csv; charset=utf-8", fileName);
        }).RequireAuthorization(Policies.Admin);
        return endpoints;
    }

    private static (string, byte[]) Build<TInput>(IMasterCsvFormat<TInput> format) => (format.FileName, MasterImporter.Template(format));
}
