using System.Text;

namespace ElectionTool.Features.Export;

/// <summary>
/// Text cells for files a clerk opens in a spreadsheet: a value that starts like a formula is written with a
/// leading apostrophe (so Excel shows it as text), and the import takes that apostrophe off again.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@'];

    public static string Neutralize(string? value) =>
        value is { Length: > 0 } && FormulaStarts.Contains(value[0]) ? "'" + value : value ?? "";

    /// <summary>Undoes <see cref="Neutralize"/>: the apostrophe was ours, not the clerk's.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && FormulaStarts.Contains(value[1]) ? value[1..] : value;

    /// <summary>One CSV line (RFC 4180 quoting), every value neutralized.</summary>
    public static string CsvLine(IEnumerable<string> values)
    {
        var line = new StringBuilder();
        foreach (var raw in values)
        {
            if (line.Length > 0)
            {
                line.Append(',');
            }
            var value = Neutralize(raw);
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

    public static byte[] CsvBytes(IEnumerable<IEnumerable<string>> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(CsvLine(line));
        }
        return [.. Utf8WithBom.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
