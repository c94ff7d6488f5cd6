using System.Diagnostics;
using ElectionTool.Data;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Cli;

public sealed class BenchImportCommand : ICliCommand
{
    public string Name => "bench-import";
    public string Usage => "bench-import [--existing 60000] [--rows 10000]";
    public string Summary => "Measures the staff import in a temporary district (not the live database): a CSV and an .xlsx of --rows new people into a district already holding --existing.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        var existing = args.GetInt("existing", 60_000);
        var rows = args.GetInt("rows", 10_000);
        await using var district = new ImportBenchDistrict();
        // The same services as the app, over the temporary database instead of the live one.
        var employees = ActivatorUtilities.CreateInstance<EmployeeService>(services, (IDbContextFactory<ElectionDbContext>)district);
        var importer = ActivatorUtilities.CreateInstance<EmployeeImporter>(services, (IDbContextFactory<ElectionDbContext>)district, employees);

        var clock = Stopwatch.StartNew();
        await district.CreateAsync(200, existing, employees.Today, employees.SuperannuationAge, ct);
        Console.WriteLine($"Temporary district: 200 offices, {existing:N0} employees ({clock.Elapsed.TotalSeconds:F1} s to build).");

        var csv = ImportBenchDistrict.Csv(Enumerable.Range(existing, rows).Select(ImportBenchDistrict.Person));
        var xlsx = ImportBenchDistrict.Xlsx(Enumerable.Range(existing + rows, rows).Select(ImportBenchDistrict.Person));
        var officeIds = await OfficeIdsAsync(district, ct);

        var failed = false;
        async Task Run(string what, int officeId, byte[] bytes, string fileName)
        {
            var watch = Stopwatch.StartNew();
            var report = await importer.ImportAsync(officeId, new MemoryStream(bytes), fileName, ct);
            watch.Stop();
            Console.WriteLine($"{what,-28} {watch.Elapsed.TotalSeconds,6:F2} s   {report.Summary}");
            failed |= report.FileRefused || report.RejectedRows.Count > 0;
        }
        var importWatch = Stopwatch.StartNew();
        await Run($"CSV, {rows:N0} new rows", officeIds[0], csv, "bench.csv");
        importWatch.Stop();
        var raw = await RawInsertAsync(district, officeIds[2], Enumerable.Range(existing + 2 * rows, rows).Select(ImportBenchDistrict.Person), employees, ct);
        Console.WriteLine($"{"raw prepared INSERT, same rows",-28} {raw.TotalSeconds,6:F2} s   (baseline: one transaction, rows already validated)");
        Console.WriteLine($"{"CSV import / raw INSERT",-28} {importWatch.Elapsed / raw,6:F1} ×  (target ≤ 3×)");
        await Run($"xlsx, {rows:N0} new rows", officeIds[1], xlsx, "bench.xlsx");
        await Run($"CSV again (all unchanged)", officeIds[0], csv, "bench.csv");
        return failed ? 1 : 0;
    }

    private static async Task<List<int>> OfficeIdsAsync(ImportBenchDistrict district, CancellationToken ct)
    {
        await using var db = district.CreateDbContext();
        return await db.Offices.OrderBy(o => o.Id).Select(o => o.Id).Take(3).ToListAsync(ct);
    }

    /// <summary>The baseline: the same kind of rows, validated beforehand, written by one prepared INSERT in one transaction.</summary>
    private static async Task<TimeSpan> RawInsertAsync(ImportBenchDistrict district, int officeId, IEnumerable<EmployeeInput> people, EmployeeService employees, CancellationToken ct)
    {
        await using var db = district.CreateDbContext();
        var units = await UnitLookup.LoadAsync(db, ct);
        var rows = people.Select(p =>
        {
            var employee = new Data.Entities.Employee { Name = "", FatherOrHusbandName = "", Mobile = "", Designation = "", Epic = "", OfficeId = officeId };
            EmployeeValidator.Validate(p, units, employees.Today, employees.SuperannuationAge).Value!.ApplyTo(employee);
            return employee;
        }).ToList();
        var watch = Stopwatch.StartNew();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction();
        using (var store = new StaffRowStore(new StaffWriteSession(connection, transaction, Data.Providers.DatabaseEngine.Sqlite), db.Model))
        {
            foreach (var row in rows)
            {
                await store.InsertAsync(row, ct);
            }
        }
        await transaction.CommitAsync(ct);
        return watch.Elapsed;
    }
}
