using ElectionTool.Features.Export;

namespace ElectionTool.Features.Draw;

/// <summary>
/// The draw's tables as files: headers fixed by the spec, booleans as true/false, numbers invariant. Used by the
/// export endpoints and the command line (`export parties|allotments --out PATH`, through <see cref="WriteFileAsync"/>).
/// </summary>
public static class DrawExports
{
    public sealed record Table(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows);

    // English: export kinds and the files' column headers, a data format fixed by the spec
    public static async Task<Table?> BuildAsync(DrawOutputService outputs, string kind, CancellationToken ct) => kind switch
    {
        "parties" => new Table("parties", ["Unit", "PartyNumber", "Role", "EPIC", "Name", "OfficeCode", "Gender", "PayLevel", "BasicPay", "IsReserve"],
            (await outputs.PartyExportAsync(ct)).Select(r => new object?[] { r.Unit, r.PartyNumber, r.Role, r.EPIC, r.Name, r.OfficeCode, r.Gender, r.PayLevel, r.BasicPay, r.IsReserve }).ToList()),
        "allotments" => new Table("allotments", ["Unit", "PartyNumber", "StationNumber", "StationName", "WomenManaged"],
            (await outputs.AllotmentExportAsync(ct)).Select(r => new object?[] { r.Unit, r.PartyNumber, r.StationNumber, r.StationName, r.WomenManaged }).ToList()),
        "training" => new Table("training", ["Role", "EPIC", "Name", "Designation", "OfficeCode", "OfficeName", "Gender", "Mobile"],
            (await outputs.TrainingExportAsync(ct)).Select(r => new object?[] { r.Role, r.EPIC, r.Name, r.Designation, r.OfficeCode, r.OfficeName, r.Gender, r.Mobile }).ToList()),
        _ => null,
    };

    /// <summary>UTF-8 (with a byte-order mark) CSV, every text cell neutralized against formula injection.</summary>
    public static byte[] ToCsv(Table table) => SpreadsheetText.CsvBytes(table.Rows.Select(r => (IEnumerable<object?>)r).Prepend(table.Headers));

    public static byte[] ToXlsx(Table table) => SpreadsheetText.XlsxBytes(table.Name, table.Headers, table.Rows);

    public static async Task<int> WriteFileAsync(IServiceProvider services, string kind, string path, CancellationToken ct)
    {
        var outputs = services.GetRequiredService<DrawOutputService>();
        var table = await BuildAsync(outputs, kind, ct) ?? throw new ArgumentException($"Unknown export '{kind}'.", nameof(kind));
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (full.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            await File.WriteAllBytesAsync(full, ToXlsx(table), ct);
        }
        else
        {
            await File.WriteAllBytesAsync(full, ToCsv(table), ct);
        }

        await outputs.LogExportAsync($"{kind} → {full}", table.Rows.Count, ct);
        Console.WriteLine($"Wrote {table.Rows.Count} {kind} rows to {full}");
        if (table.Rows.Count == 0)
        {
            Console.WriteLine($"(no accepted {(kind == "allotments" ? "stage 3" : kind == "parties" ? "stage 2" : "stage 1")} yet)");
        }

        return 0;
    }
}
