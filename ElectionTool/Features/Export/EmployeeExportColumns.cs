using ElectionTool.Features.Employees;

namespace ElectionTool.Features.Export;

/// <summary>One employee as the export writes it: the row the grid edits plus where the person sits.</summary>
public sealed record EmployeeExportRow(EmployeeInput Input, string OfficeCode, string DepartmentCode, string OfficeUnit, string ExemptionStatus, string RetirementDate);

/// <summary>
/// The export's columns: the published list first (EPIC … RetirementDate), then the rest of the prescribed format, so
/// an exported file imports again unchanged. Headings are the column keys.
/// </summary>
public static class EmployeeExportColumns
{
    private static readonly Dictionary<string, Func<EmployeeExportRow, string>> Extra = new()
    {
        ["OfficeCode"] = r => r.OfficeCode,
        ["DepartmentCode"] = r => r.DepartmentCode,
        ["OfficeUnit"] = r => r.OfficeUnit,
        ["ExemptionStatus"] = r => r.ExemptionStatus,
        ["RetirementDate"] = r => r.RetirementDate,
    };

    // English: column keys, the export file's headings (a data format the importer reads back)
    private static readonly string[] Published =
    [
        "EPIC", "Name", "FatherOrHusbandName", "Gender", "DateOfBirth", "Mobile", "OfficeCode", "DepartmentCode", "Designation",
        "ServiceGroup", "Gazetted", "PayLevel", "BasicPay", "EmploymentType", "VoterUnit", "ResidenceUnit", "HomeUnit", "OfficeUnit",
        "Disability", "SpouseEPIC", "ExemptionStatus", "RetirementDate",
    ];

    public static readonly IReadOnlyList<string> Headings =
        [.. Published, .. EmployeeColumns.All.Select(c => c.Key).Where(k => !Published.Contains(k))];

    private static readonly Func<EmployeeExportRow, string>[] Getters =
        [.. Headings.Select(h => Extra.TryGetValue(h, out var extra) ? extra : Column(h))];

    private static Func<EmployeeExportRow, string> Column(string key)
    {
        var column = EmployeeColumns.All.Single(c => c.Key == key);
        return r => column.Get(r.Input);
    }

    /// <summary>The row's values in heading order, neutralized against formula injection.</summary>
    public static string[] Values(EmployeeExportRow row) => [.. Getters.Select(get => SpreadsheetText.Neutralize(get(row)))];
}
