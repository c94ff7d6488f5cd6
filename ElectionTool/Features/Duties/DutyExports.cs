using System.Text;
using ElectionTool.Features.Draw;

namespace ElectionTool.Features.Duties;

/// <summary>`export duties --out PATH` (CSV, or .xlsx by extension), with the header the issue fixes.</summary>
public static class DutyExports
{
    public static async Task<int> WriteFileAsync(IServiceProvider services, string path, CancellationToken ct)
    {
        var table = await services.GetRequiredService<DutyOutputService>().ExportAsync(ct);
        if (table.Rows.Count == 0)
        {
            Console.Error.WriteLine("export duties: no duty stage is accepted yet; there is nothing to export.");
            return 1;
        }
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (full.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            await File.WriteAllBytesAsync(full, DrawExports.ToXlsx(table), ct);
        }
        else
        {
            await File.WriteAllBytesAsync(full, DrawExports.ToCsv(table), ct);
        }
        Console.WriteLine($"Exported {table.Rows.Count} duty row(s) to {full}.");
        return 0;
    }
}
