namespace ElectionTool.Features.Import;

/// <summary>A staff file as read: its headings and its non-blank rows as text.</summary>
public sealed record StaffFile(IReadOnlyList<string> Headings, IReadOnlyList<StaffFileRow> Rows);

/// <summary>One row of the file; <see cref="Number"/> is the row number the spreadsheet shows (headings are row 1).</summary>
public sealed record StaffFileRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";
}

/// <summary>Either the file, or why it cannot be read at all.</summary>
public sealed record StaffFileRead(StaffFile? File, string? Error)
{
    public static StaffFileRead Refused(string error) => new(null, error);
}
