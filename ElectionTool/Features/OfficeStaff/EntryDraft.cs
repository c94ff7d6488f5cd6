using ElectionTool.Features.Employees;

namespace ElectionTool.Features.OfficeStaff;

/// <summary>A row of the bulk-entry grid: what the clerk typed and, after a save attempt, what was wrong with it.</summary>
public sealed class EntryDraft
{
    public Guid Key { get; } = Guid.NewGuid();
    public EmployeeInput Input { get; init; } = new();
    public RowOutcome? Outcome { get; set; }
    public bool Saving { get; set; }

    public bool IsBlank => Input.IsBlank;

    /// <summary>Bumped when the row's values change other than by typing (a paste), so its cells redraw.</summary>
    public int Revision { get; private set; }

    public void Touch() => Revision++;

    /// <summary>A problem with the row as a whole (list locked, office gone), not with one cell.</summary>
    public string? RowError => Outcome?.ErrorFor("");
}

/// <summary>
/// Turns text copied from a spreadsheet (tab-separated lines) into entry rows. A first line whose cells are
/// column headings maps the columns by name; otherwise cells fill columns from the one the clerk pasted into.
/// </summary>
public static class EntryPaste
{
    public static IReadOnlyList<EmployeeInput> Parse(string text, int startColumn)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Split('\t').Select(Unquote).ToArray()).ToList();
        if (lines.Count == 0)
        {
            return [];
        }
        var columns = Enumerable.Range(0, lines.Max(l => l.Length))
            .Select(i => startColumn + i < EmployeeColumns.All.Count ? EmployeeColumns.All[startColumn + i] : null).ToArray();
        var headings = lines[0].Select(h => string.IsNullOrWhiteSpace(h) ? null : EmployeeColumns.Find(h)).ToArray();
        if (headings.Count(h => h is not null) >= Math.Max(2, lines[0].Count(h => !string.IsNullOrWhiteSpace(h)) / 2))
        {
            columns = headings;
            lines.RemoveAt(0);
        }
        var rows = new List<EmployeeInput>();
        foreach (var cells in lines)
        {
            var input = new EmployeeInput();
            for (var i = 0; i < cells.Length && i < columns.Length; i++)
            {
                columns[i]?.Set(input, cells[i].Trim());
            }
            rows.Add(input);
        }
        return rows;
    }

    /// <summary>Copies the pasted row's filled cells onto a row already in the grid.</summary>
    public static void MergeInto(EmployeeInput target, EmployeeInput pasted)
    {
        foreach (var column in EmployeeColumns.All)
        {
            var value = column.Get(pasted);
            if (value.Length > 0)
            {
                column.Set(target, value);
            }
        }
    }

    private static string Unquote(string cell) =>
        cell.Length >= 2 && cell[0] == '"' && cell[^1] == '"' ? cell[1..^1].Replace("\"\"", "\"") : cell;
}
