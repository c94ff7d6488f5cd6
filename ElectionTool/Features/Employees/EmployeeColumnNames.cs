using System.Globalization;
using ElectionTool.Features.Language;

namespace ElectionTool.Features.Employees;

public static class EmployeeColumnNames
{
    /// <summary>The column's name in the interface language: the template's Hindi heading for a Hindi user.</summary>
    public static string Shown(this EmployeeColumn column) =>
        AppCultures.IsHindi(CultureInfo.CurrentUICulture) && column.Hindi.Length > 0 ? column.Hindi : column.English;
}
