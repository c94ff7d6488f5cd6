using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ElectionTool.Features.Export;
using ElectionTool.Resources;
using MiniExcelLibs;

namespace ElectionTool.Features.Import;

/// <summary>
/// Reads a CSV (UTF-8, with or without BOM) or an .xlsx workbook into rows of text. The kind is decided by the
/// content, not the name, so a PDF or a photo renamed to .csv is refused with a message saying what it is.
/// </summary>
public static class StaffFileReader
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const int MaxRows = 20_000;

    /// <summary>Reading a file of the allowed size takes a few seconds; a file that takes longer is not a staff list.</summary>
    public static TimeSpan ReadBudget { get; set; } = TimeSpan.FromSeconds(60);

    public static async Task<StaffFileRead> ReadAsync(Stream stream, CancellationToken ct)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(ReadBudget);
        try
        {
            return await ReadWithinBudgetAsync(stream, budget.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return StaffFileRead.Refused(UiText.Format("The file took longer than {0:N0} s to read, far longer than any staff list. Save it again from Excel as .xlsx, or as CSV UTF-8.", ReadBudget.TotalSeconds));
        }
    }

    private static async Task<StaffFileRead> ReadWithinBudgetAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int count;
        while ((count = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + count > MaxFileBytes)
            {
                return StaffFileRead.Refused(UiText.Format("The file is larger than the {0} MB limit. Split the list into smaller files.", MaxFileBytes / 1024 / 1024));
            }
            buffer.Write(chunk, 0, count);
        }
        if (buffer.Length == 0)
        {
            return StaffFileRead.Refused(UiText.Of("The file is empty."));
        }
        buffer.Position = 0;
        var head = buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 8192));
        if (NotASpreadsheet(head) is { } refusal)
        {
            return StaffFileRead.Refused(refusal);
        }
        var isXlsx = head.StartsWith("PK\u0003\u0004"u8);
        if (isXlsx && XlsxGuard.Check(buffer, MaxRows, ct) is { } crafted)
        {
            return StaffFileRead.Refused(crafted);
        }
        var rows = isXlsx ? ReadXlsx(buffer, ct) : await ReadCsvAsync(buffer, ct);
        return rows.Lines is { } lines ? Shape(lines) : StaffFileRead.Refused(rows.Error!);
    }

    private static string? NotASpreadsheet(ReadOnlySpan<byte> head)
    {
        string? what = null;
        if (head.StartsWith("%PDF"u8))
        {
            what = UiText.Of("a PDF document");
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
        {
            what = UiText.Of("a PNG image");
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            what = UiText.Of("a JPEG image");
        }
        else if (head.StartsWith("GIF8"u8))
        {
            what = UiText.Of("a GIF image");
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return UiText.Of("This is an old-style Excel 97–2003 (.xls) or Word file. Save it from Excel as .xlsx (Excel Workbook) or as CSV UTF-8.");
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return UiText.Of("The file is Unicode (UTF-16) text, not UTF-8. Save it from the spreadsheet as \"CSV UTF-8\".");
        }
        else if (!head.StartsWith("PK\u0003\u0004"u8) && head.Contains((byte)0))
        {
            what = UiText.Of("a binary file");
        }

        return what is null ? null : UiText.Format("This is {0}, not a staff list. {1}", what, UiText.Of("Upload the staff template filled in, as .xlsx or as CSV UTF-8."));
    }

    private sealed record RawRows(List<(int Number, string[] Cells)>? Lines, string? Error);

    private static string TooManyColumns => UiText.Format("The file has more than {0} columns; the staff template has {1}. Delete the extra columns.", XlsxGuard.MaxColumns, Employees.EmployeeColumns.All.Count);

    private static RawRows ReadXlsx(MemoryStream buffer, CancellationToken ct)
    {
        try
        {
            var lines = new List<(int, string[])>();
            var number = 0;
            string[]? columns = null;
            foreach (IDictionary<string, object?> row in buffer.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                ct.ThrowIfCancellationRequested();
                // The first row fixes the columns (A, B, …); later rows are read by the same letters.
                columns ??= [.. row.Keys];
                if (columns.Length > XlsxGuard.MaxColumns)
                {
                    return new RawRows(null, TooManyColumns);
                }
                lines.Add((++number, [.. columns.Select(c => row.TryGetValue(c, out var v) ? CellText(v) : "")]));
                if (number > MaxRows + 1)
                {
                    return new RawRows(null, UiText.Format("The workbook has more than {0:N0} rows. Split the list into smaller files.", MaxRows));
                }
            }
            return new RawRows(lines, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new RawRows(null, UiText.Of("The file is a ZIP archive but not a readable Excel workbook (.xlsx). Save it from Excel as .xlsx, or as CSV UTF-8."));
        }
    }

    /// <summary>Dates become ISO text; whole numbers (mobiles, accounts) lose Excel's ".0" and exponent.</summary>
    private static string CellText(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e27 => ((decimal)n).ToString(CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static async Task<RawRows> ReadCsvAsync(MemoryStream buffer, CancellationToken ct)
    {
        using var reader = new StreamReader(buffer, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };
        try
        {
            using var parser = new CsvParser(reader, config);
            var lines = new List<(int, string[])>();
            var number = 0;
            var linesBefore = 0;
            while (await parser.ReadAsync())
            {
                ct.ThrowIfCancellationRequested();
                var record = parser.Record ?? [];
                if (record.Any(f => f.Contains('\n', StringComparison.Ordinal) || f.Contains('\r', StringComparison.Ordinal)))
                {
                    // A quote that is never closed swallows every line after it into one cell: say which line has it.
                    throw new UnbalancedQuoteException(linesBefore + 1);
                }
                linesBefore += parser.RawRecord.Count(c => c == '\n');
                lines.Add((++number, record));
                if (parser.Count > XlsxGuard.MaxColumns)
                {
                    return new RawRows(null, TooManyColumns);
                }
                if (number > MaxRows + 1)
                {
                    return new RawRows(null, UiText.Format("The file has more than {0:N0} rows. Split the list into smaller files.", MaxRows));
                }
            }
            return new RawRows(lines, null);
        }
        catch (UnbalancedQuoteException e)
        {
            return new RawRows(null, UiText.Format("Line {0} of the file has a quote (\") that is never closed, or a value running over several lines, so the lines after it cannot be read. Remove the quote or close it (no line breaks inside a cell), then import again.", e.Line));
        }
        catch (DecoderFallbackException)
        {
            return new RawRows(null, UiText.Of("The file is not UTF-8 text (perhaps saved as \"CSV\" in a Windows code page). Save it from the spreadsheet as \"CSV UTF-8\"."));
        }
        catch (CsvHelperException e)
        {
            return new RawRows(null, UiText.Format("The file could not be read as CSV: {0}", e.Message.Split('\n')[0]));
        }
    }

    /// <summary>Headings are the first non-blank row; blank rows are dropped but keep their numbers.</summary>
    private static StaffFileRead Shape(List<(int Number, string[] Cells)> lines)
    {
        var cleaned = lines.Select(l => (l.Number, Cells: l.Cells.Select(c => SpreadsheetText.Restore(c.Trim())).ToArray()))
            .Where(l => l.Cells.Any(c => c.Length > 0)).ToList();
        if (cleaned.Count == 0)
        {
            return StaffFileRead.Refused(UiText.Of("The file has no heading row and no rows: it is blank."));
        }
        var headings = cleaned[0].Cells.Select(h => h.TrimStart('\uFEFF').Trim()).ToList();
        var rows = cleaned.Skip(1).Select(l => new StaffFileRow(l.Number, l.Cells)).ToList();
        return rows.Count == 0
            ? StaffFileRead.Refused(UiText.Of("The file has headings but no rows of staff."))
            : new StaffFileRead(new StaffFile(headings, rows), null);
    }
}

/// <summary>A CSV line opens a quoted value that never closes.</summary>
// English: an internal exception, caught above and turned into a translated message
internal sealed class UnbalancedQuoteException(int line) : Exception($"Unbalanced quote on line {line}")
{
    public int Line { get; } = line;
}
