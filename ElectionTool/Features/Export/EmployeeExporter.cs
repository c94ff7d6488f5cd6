using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Employees;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Export;

/// <summary>Which employees to export: the whole district, one office, or one department (by code).</summary>
public sealed record EmployeeExportFilter(string? OfficeCode = null, string? DepartmentCode = null)
{
    public override string ToString() =>
        string.Join(", ", new[] { OfficeCode is null ? null : $"office {OfficeCode}", DepartmentCode is null ? null : $"department {DepartmentCode}" }
            .OfType<string>().DefaultIfEmpty("whole district"));
}

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// Writes employees to CSV or .xlsx a page at a time (untracked, by id), so a district of 60,000 never sits in memory.
/// Every export is recorded in the audit log: who, which filter, how many rows.
/// </summary>
public sealed class EmployeeExporter(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
{
    private const int PageSize = 2000;

    /// <summary>Null when the filter names codes that exist; otherwise what is wrong.</summary>
    public async Task<string?> CheckAsync(EmployeeExportFilter filter, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (filter.OfficeCode is { } office && !await db.Offices.AnyAsync(o => o.Code == office, ct))
        {
            return UiText.Format("There is no office with code '{0}'.", office);
        }
        if (filter.DepartmentCode is { } department && !await db.Departments.AnyAsync(d => d.Code == department, ct))
        {
            return UiText.Format("There is no department with code '{0}'.", department);
        }
        return null;
    }

    public async Task<int> WriteAsync(Stream output, ExportFormat format, EmployeeExportFilter filter, CancellationToken ct)
    {
        var rows = 0;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var units = await UnitLookup.CodesAsync(db, ct);
            var query = Filtered(db, filter);
            if (format == ExportFormat.Csv)
            {
                await using var writer = new StreamWriter(output, SpreadsheetText.Utf8WithBom, 65536, leaveOpen: true);
                await writer.WriteAsync(SpreadsheetText.CsvLine(EmployeeExportColumns.Headings));
                for (var lastId = 0; ;)
                {
                    var page = await Page(query, lastId).ToListAsync(ct);
                    foreach (var record in page)
                    {
                        await writer.WriteAsync(SpreadsheetText.CsvLine(Values(record, units)));
                    }
                    rows += page.Count;
                    if (page.Count < PageSize)
                    {
                        break;
                    }
                    lastId = page[^1].Employee.Id;
                }
            }
            else
            {
                // MiniExcel zips synchronously: the workbook is built in a temporary file, then copied out asynchronously.
                await using var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose);
                await SpreadsheetText.WriteXlsxAsync(temp, "Employees", EmployeeExportColumns.Headings, XlsxRows(query, units, () => rows++, ct), ct); // English: the sheet's name, part of the file format like its headings
                temp.Position = 0;
                await temp.CopyToAsync(output, ct);
            }
        }
        finally
        {
            await RecordAsync(format, filter, rows);
        }
        return rows;
    }

    private sealed record ExportRecord(Employee Employee, string OfficeCode, string DepartmentCode, int? OfficeUnitId);

    private static IQueryable<Employee> Filtered(ElectionDbContext db, EmployeeExportFilter filter)
    {
        var query = db.Employees.AsNoTracking();
        if (filter.OfficeCode is { } office)
        {
            query = query.Where(e => e.Office!.Code == office);
        }
        if (filter.DepartmentCode is { } department)
        {
            query = query.Where(e => e.Office!.Department!.Code == department);
        }
        return query;
    }

    private static IQueryable<ExportRecord> Page(IQueryable<Employee> query, int lastId) =>
        query.Where(e => e.Id > lastId).OrderBy(e => e.Id).Take(PageSize)
            .Select(e => new ExportRecord(e, e.Office!.Code, e.Office.Department!.Code, e.Office.ConstituencyUnitId));

    private static string[] Values(ExportRecord r, IReadOnlyDictionary<int, string> units) =>
        EmployeeExportColumns.Values(new EmployeeExportRow(
            EmployeeFormat.ToInput(r.Employee, units), r.OfficeCode, r.DepartmentCode,
            r.OfficeUnitId is { } unit ? units.GetValueOrDefault(unit, "") : "",
            r.Employee.ExemptionStatus.ToString(), EmployeeFormat.Date(r.Employee.RetirementDate)));

    private static IEnumerable<IReadOnlyList<object?>> XlsxRows(
        IQueryable<Employee> query, IReadOnlyDictionary<int, string> units, Action counted, CancellationToken ct)
    {
        for (var lastId = 0; ;)
        {
            ct.ThrowIfCancellationRequested();
            var page = Page(query, lastId).ToList();
            foreach (var record in page)
            {
                counted();
                yield return Values(record, units);
            }
            if (page.Count < PageSize)
            {
                yield break;
            }
            lastId = page[^1].Employee.Id;
        }
    }

    private async Task RecordAsync(ExportFormat format, EmployeeExportFilter filter, int rows)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        AuditLog.Record(db, await currentUser.GetNameAsync(), "Export", "Employee", filter.ToString(), null,
            new { Format = format.ToString().ToLowerInvariant(), filter.OfficeCode, filter.DepartmentCode, Rows = rows });
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
