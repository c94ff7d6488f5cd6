using ElectionTool.Features.Export;
using ElectionTool.Resources;

namespace ElectionTool.Features.Import;

/// <summary>One problem with one row: the row number the spreadsheet shows, the column key (blank for the row as a whole), why.</summary>
public sealed record StaffRowProblem(int Row, string Column, string Reason);

/// <summary>What an import did: rows read, saved, unchanged, and every rejected row; or why the whole file was refused.</summary>
public sealed record StaffImportReport(
    string FileName, int Read, int Created, int Updated, int Unchanged, IReadOnlyList<StaffRowProblem> Rejected, string? FileError = null)
{
    public const string ErrorsHeading = "Errors / त्रुटियाँ";

    /// <summary>The file's own headings and rejected rows, so the clerk gets them back to fix.</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];
    public IReadOnlyList<StaffFileRow> RejectedRows { get; init; } = [];

    /// <summary>The template's example row(s), left in the file and not imported.</summary>
    public int ExampleRowsSkipped { get; init; }

    public static StaffImportReport Refused(string fileName, string reason) => new(fileName, 0, 0, 0, 0, [], reason);

    public bool FileRefused => FileError is not null;
    public int Imported => Created + Updated + Unchanged;

    public string Summary => FileRefused
        ? FileError!
        : UiText.Format("{0} rows read: {1} imported ({2} created, {3} updated, {4} unchanged), {5} rejected.", Read, Imported, Created, Updated, Unchanged, RejectedRows.Count)
            + (ExampleRowsSkipped > 0 ? " " + UiText.Of("The template's example row was skipped.") : "");

    /// <summary>
    /// The rejected rows as a CSV the clerk can correct and import again: the original columns and headings, plus a
    /// last column listing "Column: reason" (the import ignores that column).
    /// </summary>
    public byte[] RejectedRowsCsv()
    {
        var keep = Enumerable.Range(0, Headings.Count).Where(i => !string.Equals(Headings[i], ErrorsHeading, StringComparison.OrdinalIgnoreCase)).ToList();
        var problems = Rejected.ToLookup(p => p.Row);
        var lines = new List<IEnumerable<string>> { keep.Select(i => Headings[i]).Append(ErrorsHeading) };
        lines.AddRange(RejectedRows.Select(row => keep.Select(row.Cell).Append(string.Join("; ", problems[row.Number].Select(Describe)))));
        return SpreadsheetText.CsvBytes(lines);
    }

    private static string Describe(StaffRowProblem p) => p.Column.Length == 0 ? p.Reason : $"{p.Column}: {p.Reason}";

    public string RejectedRowsFileName => $"{Path.GetFileNameWithoutExtension(FileName)}-rejected.csv";
}
