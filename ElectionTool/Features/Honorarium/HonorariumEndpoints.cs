using System.Text;
using ElectionTool.Hosting;
using ElectionTool.Resources;

namespace ElectionTool.Features.Honorarium;

/// <summary>GET /honorarium/export/bank-schedule.{csv|xlsx}[?bank=SBIN] and /honorarium/export/flagged.csv — Admin only, not cached, logged.</summary>
public static class HonorariumEndpoints
{
    public static IEndpointRouteBuilder MapHonorariumExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/honorarium/export/bank-schedule.{format}", async (string format, string? bank, HttpContext context, HonorariumService honorarium, CancellationToken ct) =>
        {
            if (format is not ("csv" or "xlsx"))
            {
                return Results.NotFound(UiText.Of("Use .csv or .xlsx."));
            }

            var schedule = await honorarium.ScheduleAsync(ct);
            if (schedule.Payable.Count == 0)
            {
                return Results.Conflict(schedule.Flagged.Count > 0
                    ? UiText.Format("Nobody can be paid yet: {0} people owed an honorarium have bank details to correct (see flagged.csv).", schedule.Flagged.Count)
                    : UiText.Of("Nobody is owed an honorarium yet: set the rates, and mark training attendance."));
            }

            context.Response.Headers.CacheControl = "no-store";
            // English: the audit log's entry
            await honorarium.LogExportAsync($"bank-schedule.{format}{(bank is null ? "" : $" bank {bank}")}; flagged and withheld: {schedule.Flagged.Count}", schedule.Payable.Count, ct);
            return format == "csv"
                ? Results.File(Utf8(BankScheduleFile.Csv(schedule, bank)), "text/csv; charset=utf-8", $"bank-schedule{(bank is null ? "" : $"-{bank}")}.csv")
                : Results.File(BankScheduleFile.Xlsx(schedule), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "bank-schedule.xlsx");
        }).RequireAuthorization(Policies.Admin);

        endpoints.MapGet("/honorarium/export/flagged.csv", async (HttpContext context, HonorariumService honorarium, CancellationToken ct) =>
        {
            var schedule = await honorarium.ScheduleAsync(ct);
            context.Response.Headers.CacheControl = "no-store";
            await honorarium.LogExportAsync("flagged.csv", schedule.Flagged.Count, ct);
            return Results.File(Utf8(BankScheduleFile.FlaggedCsv(schedule)), "text/csv; charset=utf-8", "honorarium-flagged.csv");
        }).RequireAuthorization(Policies.Admin);
        return endpoints;
    }

    private static byte[] Utf8(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
}
