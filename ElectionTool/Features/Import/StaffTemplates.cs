using ElectionTool.Features.Employees;
using ElectionTool.Features.Export;

namespace ElectionTool.Features.Import;

/// <summary>
/// The prescribed format as files to fill in: bilingual headings and one example row. The example row is marked
/// (its Remarks say "EXAMPLE - not imported" and its EPIC is the sample ABC1234567), and the import skips it, so a
/// template filled in below the example imports only the clerk's rows.
/// </summary>
public static class StaffTemplates
{
    public static bool IsExample(EmployeeInput row) =>
        string.Equals(row.Remarks.Trim(), EmployeeColumns.ExampleMarker, StringComparison.OrdinalIgnoreCase)
        || string.Equals(FieldParsers.Epic(row.Epic), ExampleEpic, StringComparison.Ordinal);

    private static string ExampleEpic => EmployeeColumns.All.First(c => c.Key == "EPIC").Example;

    public const string CsvFileName = "staff-template.csv";
    public const string XlsxFileName = "staff-template.xlsx";

    public static byte[] Csv() => SpreadsheetText.CsvBytes(
    [
        EmployeeColumns.All.Select(c => c.TemplateHeading),
        EmployeeColumns.All.Select(c => c.Example),
    ]);

    /// <summary>First sheet: the list to fill in. Second sheet: what each column takes (the import reads only the first).</summary>
    public static byte[] Xlsx()
    {
        var example = EmployeeColumns.All.ToDictionary(c => c.TemplateHeading, c => (object?)c.Example);
        var guide = EmployeeColumns.All.Select(c => new Dictionary<string, object?>
        {
            ["Column / कॉलम"] = c.TemplateHeading,
            ["Required / अनिवार्य"] = c.Required ? "Yes / हाँ" : "No / नहीं",
            ["How to fill / कैसे भरें"] = c.BilingualHint,
            ["Example / उदाहरण"] = c.Example,
        }).ToList();
        return SpreadsheetText.XlsxBytes(new Dictionary<string, IEnumerable<IDictionary<string, object?>>>
        {
            ["Staff"] = new[] { example },
            ["Guide"] = guide,
        });
    }
}
