using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace ElectionTool.Features.Export;

/// <summary>
/// The one way the app writes CSV and .xlsx files a clerk opens in a spreadsheet. Every text cell goes through
/// <see cref="Neutralize"/>: a value that starts like a formula (= + - @, tab, carriage return) is written with a
/// leading apostrophe, so Excel shows it as text instead of running it; the import takes that apostrophe off again.
/// Numbers, dates and booleans are written as such. A test fails when any other file writes CSV or .xlsx itself.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralize(string? value) =>
        value is { Length: > 0 } && FormulaStarts.Contains(value[0]) ? "'" + value : value ?? "";

    /// <summary>Undoes <see cref="Neutralize"/>: the apostrophe was ours, not the clerk's.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;

    /// <summary>A cell's text: strings neutralized, numbers invariant, booleans true/false.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => Neutralize(s),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Neutralize(value.ToString()),
    };

    /// <summary>A cell for .xlsx: strings neutralized, booleans true/false, numbers kept as numbers.</summary>
    public static object? Cell(object? value) => value switch
    {
        string s => Neutralize(s),
        bool b => b ? "true" : "false",
        null => null,
        IFormattable => value,
        _ => Neutralize(value.ToString()),
    };

    /// <summary>One CSV line (RFC 4180 quoting), every value neutralized.</summary>
    public static string CsvLine(IEnumerable<string> values) => CsvRow(values);

    /// <summary>One CSV line of cells of any type (see <see cref="Text"/>).</summary>
    public static string CsvRow(IEnumerable<object?> values)
    {
        var line = new StringBuilder();
        var first = true;
        foreach (var raw in values)
        {
            if (!first)
            {
                line.Append(',');
            }
            first = false;
            var value = Text(raw);
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(value);
            }
        }
        return line.Append("\r\n").ToString();
    }

    /// <summary>UTF-8 with a byte-order mark, so Excel opens Hindi text correctly.</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static byte[] CsvBytes(IEnumerable<IEnumerable<string>> lines) => CsvBytes(lines.Select(l => l.Cast<object?>()));

    public static byte[] CsvBytes(IEnumerable<IEnumerable<object?>> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(CsvRow(line));
        }
        return [.. Utf8WithBom.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A one-sheet workbook: headings, then rows whose cells follow the headings' order.</summary>
    public static byte[] XlsxBytes(string sheetName, IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<object?>> rows) =>
        XlsxBytes(new Dictionary<string, IEnumerable<IDictionary<string, object?>>> { [sheetName] = Keyed(headings, rows) });

    /// <summary>A workbook of several sheets, each a list of rows keyed by heading.</summary>
    public static byte[] XlsxBytes(IReadOnlyDictionary<string, IEnumerable<IDictionary<string, object?>>> sheets)
    {
        var safe = sheets.ToDictionary(s => s.Key, s => (object)Safe(s.Value).ToList());
        using var stream = new MemoryStream();
        stream.SaveAs(safe, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>Streams a large one-sheet workbook (rows produced lazily) into <paramref name="output"/>.</summary>
    public static async Task WriteXlsxAsync(Stream output, string sheetName, IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct) =>
        await output.SaveAsAsync(Safe(Keyed(headings, rows)), sheetName: sheetName, excelType: ExcelType.XLSX, cancellationToken: ct);

    private static IEnumerable<IDictionary<string, object?>> Keyed(IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<object?>> rows) =>
        rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(headings.Count);
            for (var i = 0; i < headings.Count; i++)
            {
                cells[headings[i]] = i < row.Count ? row[i] : null;
            }
            return (IDictionary<string, object?>)cells;
        });

    private static IEnumerable<IDictionary<string, object?>> Safe(IEnumerable<IDictionary<string, object?>> rows) =>
        rows.Select(row => (IDictionary<string, object?>)row.ToDictionary(c => c.Key, c => Cell(c.Value)));
}
