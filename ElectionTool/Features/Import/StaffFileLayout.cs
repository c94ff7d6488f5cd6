using ElectionTool.Features.Employees;
using ElectionTool.Resources;

namespace ElectionTool.Features.Import;

/// <summary>
/// Which file column feeds which <see cref="EmployeeColumn"/>. Headings may be the key, the English label or the
/// bilingual template heading; columns the import does not use (the export's OfficeCode, RetirementDate…) are ignored.
/// </summary>
public sealed class StaffFileLayout
{
    public const string OfficeCodeHeading = "OfficeCode";

    private readonly IReadOnlyList<(int Index, EmployeeColumn Column)> _columns;

    private StaffFileLayout(IReadOnlyList<(int, EmployeeColumn)> columns, int? officeCodeIndex)
    {
        _columns = columns;
        OfficeCodeIndex = officeCodeIndex;
        Missing = [.. EmployeeColumns.All.Where(c => c.Required && columns.All(m => m.Item2 != c))];
    }

    public int? OfficeCodeIndex { get; }
    public IReadOnlyList<EmployeeColumn> Missing { get; }

    public static StaffFileLayout Map(IReadOnlyList<string> headings)
    {
        var columns = new List<(int, EmployeeColumn)>();
        int? officeCodeIndex = null;
        for (var i = 0; i < headings.Count; i++)
        {
            if (EmployeeColumns.Find(headings[i]) is { } column)
            {
                // A column given twice: the first one counts.
                if (columns.All(c => c.Item2 != column))
                {
                    columns.Add((i, column));
                }
            }
            else if (officeCodeIndex is null && string.Equals(headings[i].Split(" / ")[0].Trim(), OfficeCodeHeading, StringComparison.OrdinalIgnoreCase))
            {
                officeCodeIndex = i;
            }
        }
        return new StaffFileLayout(columns, officeCodeIndex);
    }

    public EmployeeInput ToInput(StaffFileRow row)
    {
        var input = new EmployeeInput();
        foreach (var (index, column) in _columns)
        {
            column.Set(input, row.Cell(index));
        }
        return input;
    }

    public string? OfficeCode(StaffFileRow row) => OfficeCodeIndex is { } i && row.Cell(i) is { Length: > 0 } code ? code : null;

    /// <summary>Why a file with these headings is not the prescribed format.</summary>
    public string MissingMessage(IReadOnlyList<string> headings)
    {
        var message = UiText.Format("This is not the staff template: the required column(s) {0} are missing.", string.Join(", ", Missing.Select(c => $"\"{c.TemplateHeading}\"")));
        if (headings.Count == 1 && (headings[0].Contains(';', StringComparison.Ordinal) || headings[0].Contains('\t', StringComparison.Ordinal)))
        {
            return message + " " + UiText.Of("The values seem to be separated by ';' or tabs: save the file as \"CSV UTF-8 (comma delimited)\".");
        }
        return message + " " + UiText.Of("Download the template and keep its heading row.");
    }
}
