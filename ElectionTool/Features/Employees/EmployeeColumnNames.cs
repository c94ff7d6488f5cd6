using System.Globalization;
using ElectionTool.Features.Language;

namespace ElectionTool.Features.Employees;

public static class EmployeeColumnNames
{
    /// <summary>The column's name in the interface language: the template's Hindi heading for a Hindi user.</summary>
    public static string Shown(this EmployeeColumn column) =>
        AppCultures.IsHindi(CultureInfo.CurrentUICulture) && column.Hindi.Length > 0 ? column.Hindi : column.English;

    /// <summary>A column named by its file key ("ServiceGroup"), as the interface names it; anything else unchanged.</summary>
    public static string Shown(string key) => EmployeeColumns.All.FirstOrDefault(c => c.Key == key) is { } column ? column.Shown() : key;
}
