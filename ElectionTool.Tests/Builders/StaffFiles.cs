using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Employees;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace ElectionTool.Tests.Builders;

/// <summary>A small district ready to take staff: one department, ACs 201–203, offices OF-A and OF-B.</summary>
public sealed record StaffDistrict(int OfficeA, int OfficeB)
{
    public const string CodeA = "OF-A";
    public const string CodeB = "OF-B";
    public const string Department = "EDU";
}

/// <summary>Staff rows (valid, or broken one column at a time) and the CSV/.xlsx files that carry them.</summary>
public static class StaffFiles
{
    public static async Task<StaffDistrict> StaffDistrictAsync(this ServiceHarness h)
    {
        await h.DepartmentAsync(StaffDistrict.Department, "शिक्षा विभाग");
        foreach (var n in new[] { 201, 202, 203 })
        {
            await h.AcAsync(n);
        }
        return new StaffDistrict(await h.OfficeAsync(StaffDistrict.CodeA, StaffDistrict.Department, "AC-201"), await h.OfficeAsync(StaffDistrict.CodeB, StaffDistrict.Department));
    }

    public static IReadOnlyList<string> TemplateHeadings => [.. EmployeeColumns.All.Select(c => c.TemplateHeading)];

    public static IEnumerable<string> Cells(EmployeeInput input) => EmployeeColumns.All.Select(c => c.Get(input));

    /// <summary>A CSV of the given rows under the template headings.</summary>
    public static byte[] Csv(IEnumerable<EmployeeInput> rows, bool bom = true) =>
        Csv(TemplateHeadings, rows.Select(r => Cells(r).ToList()), bom);

    public static byte[] Csv(IEnumerable<string> headings, IEnumerable<IEnumerable<string>> rows, bool bom = true)
    {
        var text = new StringBuilder();
        foreach (var line in rows.Prepend(headings))
        {
            text.Append(string.Join(',', line.Select(Quote))).Append("\r\n");
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    /// <summary>An .xlsx as a clerk's Excel would have it: dates as date cells, mobiles and pay as numbers.</summary>
    public static byte[] Xlsx(IEnumerable<EmployeeInput> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => EmployeeColumns.All.ToDictionary(c => c.TemplateHeading, c => Typed(c.Key, c.Get(r)))), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static object? Typed(string key, string value) => key switch
    {
        "DateOfBirth" or "DateOfJoining" when FieldParsers.TryDate(value, out var d) => d.ToDateTime(TimeOnly.MinValue),
        "Mobile" or "BankAccount" or "PayLevel" or "BasicPay" when long.TryParse(value, out var n) => (double)n,
        _ => value,
    };

    public static MemoryStream Stream(byte[] bytes) => new(bytes);

    public static async Task<List<Employee>> EmployeesAsync(this ServiceHarness h, int officeId)
    {
        await using var db = h.Db();
        return await db.Employees.AsNoTracking().Where(e => e.OfficeId == officeId).OrderBy(e => e.Epic).ToListAsync();
    }
}
