using ElectionTool.Data;
using ElectionTool.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Cli;

public sealed class ImportCommand : ICliCommand
{
    public string Name => "import";
    public string Usage => "import --office CODE --file PATH [--report PATH]";
    public string Summary => "Imports an office's staff file (.csv or .xlsx, prescribed format or the export); --report writes the rejected rows as a CSV to fix and re-import.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var code = args.Require("office");
        var path = args.Require("file");
        var office = await OfficeLookup.FindAsync(services, code, ct);
        if (office is null)
        {
            Console.Error.WriteLine($"import: there is no office with code '{code}'.");
            return 1;
        }
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"import: no file at {path}.");
            return 1;
        }
        StaffImportReport report;
        await using (var file = File.OpenRead(path))
        {
            report = await services.GetRequiredService<EmployeeImporter>().ImportAsync(office.Value.Id, file, Path.GetFileName(path), ct);
        }
        if (report.FileRefused)
        {
            Console.Error.WriteLine($"import: {report.FileError}");
            return 1;
        }
        Console.WriteLine($"Office {office.Value.Code}: rows read {report.Read}; imported {report.Imported} " +
            $"(created {report.Created}, updated {report.Updated}, unchanged {report.Unchanged}); rejected {report.RejectedRows.Count}.");
        foreach (var problem in report.Rejected.Take(20))
        {
            Console.WriteLine($"  row {problem.Row}, {(problem.Column.Length > 0 ? problem.Column : "row")}: {problem.Reason}");
        }
        if (report.Rejected.Count > 20)
        {
            Console.WriteLine($"  … and {report.Rejected.Count - 20} more problem(s).");
        }
        if (args.Get("report") is { } reportPath)
        {
            await File.WriteAllBytesAsync(reportPath, report.RejectedRowsCsv(), ct);
            Console.WriteLine($"Rejected rows written to {reportPath}.");
        }
        return 0;
    }
}

/// <summary>Office code to id, for the commands that take --office.</summary>
internal static class OfficeLookup
{
    public static async Task<(int Id, string Code)?> FindAsync(IServiceProvider services, string code, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ElectionDbContext>>().CreateDbContextAsync(ct);
        var office = await db.Offices.AsNoTracking().Where(o => o.Code == code.Trim()).Select(o => new { o.Id, o.Code }).FirstOrDefaultAsync(ct);
        return office is null ? null : (office.Id, office.Code);
    }
}
