using ElectionTool.Features.Export;

namespace ElectionTool.Cli;

public sealed class ExportCommand : ICliCommand
{
    public string Name => "export";
    public string Usage => "export employees --out PATH [--office CODE] [--department CODE]";
    public string Summary => "Exports employees as CSV (or .xlsx when PATH ends with .xlsx): the whole district, one office or one department. Logged in the audit log.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        if (args.Positional.FirstOrDefault() != "employees")
        {
            throw new CliUsageException("say what to export: employees");
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
