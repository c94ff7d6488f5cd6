using ElectionTool.Features.Export;

namespace ElectionTool.Cli;

public sealed class ExportCommand : ICliCommand
{
    public string Name => "export";
    public string Usage => "export employees|parties|allotments|duties|counting --out PATH [--office CODE] [--department CODE]";
    public string Summary => "Exports employees (whole district, one office or department), drawn parties or station allotments as CSV, or .xlsx when PATH ends with .xlsx. Logged in the audit log.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var what = args.Positional.FirstOrDefault();
        if (what == "counting")
        {
            return await Features.Counting.CountingOutputService.WriteFileAsync(services, args.Require("out"), ct);
        }
        if (what == "duties")
        {
            return await Features.Duties.DutyExports.WriteFileAsync(services, args.Require("out"), ct);
        }
        if (what is "parties" or "allotments")
        {
            return await Features.Draw.DrawExports.WriteFileAsync(services, what, args.Require("out"), ct);
        }
        if (what != "employees")
        {
            throw new CliUsageException("say what to export: employees, parties or allotments");
        }
        var path = args.Require("out");
        var filter = new EmployeeExportFilter(args.Get("office"), args.Get("department"));
        var exporter = services.GetRequiredService<EmployeeExporter>();
        if (await exporter.CheckAsync(filter, ct) is { } problem)
        {
            Console.Error.WriteLine($"export: {problem}");
            return 1;
        }
        var format = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Csv;
        int rows;
        await using (var file = File.Create(path))
        {
            rows = await exporter.WriteAsync(file, format, filter, ct);
        }
        Console.WriteLine($"Exported {rows} employee(s) ({filter}) to {path}.");
        return 0;
    }
}
