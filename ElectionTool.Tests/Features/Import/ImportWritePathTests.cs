using System.Text;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Import;
using ElectionTool.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using static ElectionTool.Tests.Builders.EmployeeBuilder;
using static ElectionTool.Tests.Builders.StaffFiles;

namespace ElectionTool.Tests.Features.Import;

/// <summary>How an import writes: the template's example skipped, one audit entry, flags with the rows, races, privacy.</summary>
[Trait("Database", "Both")]
public sealed class ImportWritePathTests : ImportTestBase
{
    [Fact]
    public async Task A_csv_template_filled_below_the_example_imports_only_the_new_rows()
    {
        var template = Encoding.UTF8.GetString(StaffTemplates.Csv()).TrimEnd('\r', '\n');
        var filled = template + "\r\n" + string.Join("\r\n", People(1, 3).Select(p => string.Join(',', Cells(p)))) + "\r\n";

        var report = await ImportAsync(Encoding.UTF8.GetBytes(filled));

        Assert.Equal((3, 3), (report.Read, report.Created));
        Assert.Empty(report.Rejected);
        Assert.Contains("example row was skipped", report.Summary);
        Assert.DoesNotContain(await H.EmployeesAsync(District.OfficeA), e => e.Epic == "ABC1234567");
    }

    [Fact]
    public async Task An_xlsx_template_filled_below_the_example_imports_only_the_new_rows()
    {
        var template = new MemoryStream(StaffTemplates.Xlsx());
        var rows = MiniExcelLibs.MiniExcel.Query(template, useHeaderRow: true, sheetName: "Staff").Cast<IDictionary<string, object?>>().ToList();
        var example = rows.Single();
        var filled = new List<Dictionary<string, object?>> { new(example) };
        filled.AddRange(People(1, 2).Select(p => EmployeeColumns.All.ToDictionary(c => c.TemplateHeading, c => (object?)c.Get(p))));
        using var file = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(file, filled);

        var report = await ImportAsync(file.ToArray(), fileName: "template.xlsx");

        Assert.Equal((2, 2), (report.Read, report.Created));
        Assert.DoesNotContain(await H.EmployeesAsync(District.OfficeA), e => e.Epic == "ABC1234567");
    }

    [Fact]
    public async Task An_import_writes_one_audit_entry_holding_every_rows_before_and_after()
    {
        await ImportAsync(Csv(People(1, 3)));

        var report = await ImportAsync(Csv([.. People(1, 2), Person(3).With(p => p.Designation = "लिपिक"), Person(4)]));

        Assert.Equal((1, 1, 2), (report.Created, report.Updated, report.Unchanged));
        await using var db = H.Db();
        var entries = await db.AuditEntries.Where(a => a.EntityType == "Employee").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["Import", "Import"], entries.Select(e => e.Action));
        Assert.Contains("\"Rows\":3", entries[0].After);
        var second = entries[1].After!;
        Assert.Contains("\"Key\":\"OF-A/ABC0000003\"", second);
        Assert.Contains("सहायक ग्रेड-2", second);
        Assert.Contains("लिपिक", second);
        Assert.Contains("\"Key\":\"OF-A/ABC0000004\"", second);
    }

    [Fact]
    public async Task Near_duplicates_in_an_import_are_flagged_with_its_rows()
    {
        await ImportAsync(Csv([Person(1).With(p => { p.Name = "Rakesh Shrivastava"; p.FatherOrHusbandName = "Ram Prasad Shrivastava"; })]), District.OfficeB);

        await ImportAsync(Csv([Person(2).With(p => { p.Name = "Rakesh Srivastav"; p.FatherOrHusbandName = "Ramprasad Srivastava"; p.DateOfBirth = Person(1).DateOfBirth; }), Person(3)]));

        await using var db = H.Db();
        var flag = await db.DuplicateFlags.Include(f => f.Employee).Include(f => f.OtherEmployee).SingleAsync();
        Assert.Equal(["ABC0000001", "ABC0000002"], new[] { flag.Employee!.Epic, flag.OtherEmployee!.Epic }.Order());
    }

    [Fact]
    public async Task Many_conflicts_in_one_file_name_no_person_only_the_office()
    {
        await ImportAsync(Csv(People(1, 60).Select(p => p.With(x => x.Name = $"Secret Person {x.Epic}"))), District.OfficeB);

        var probe = await ImportAsync(Csv(People(1, 60).Select(p => p.With(x => x.Epic = $"ZZZ{x.Epic[3..]}"))));

        Assert.Equal(60, probe.RejectedRows.Count);
        Assert.All(probe.Rejected, p => Assert.Matches(@"^Mobile \d{10} is already entered by office OF-B \(no phone on record\)\.$", p.Reason));
        Assert.DoesNotContain("Secret", Encoding.UTF8.GetString(probe.RejectedRowsCsv()));
    }

    [Fact]
    public async Task Two_offices_importing_files_that_share_EPICs_at_once_both_finish_with_reports()
    {
        static EmployeeInput Adult(EmployeeInput p) => p.With(x => x.DateOfBirth = new DateOnly(1970, 1, 1).AddDays(int.Parse(x.Epic[3..])).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture));
        var fileA = Csv(People(1, 800).Select(Adult));
        var fileB = Csv(People(301, 800).Select(Adult).Select(p => p.With(x => x.Mobile = $"97{x.Mobile[2..]}")));

        var reports = await Task.WhenAll(
            Task.Run(() => H.Get<EmployeeImporter>().ImportAsync(District.OfficeA, Stream(fileA), "a.csv", default)),
            Task.Run(() => H.Get<EmployeeImporter>().ImportAsync(District.OfficeB, Stream(fileB), "b.csv", default)));

        Assert.All(reports, r => Assert.Null(r.FileError));
        Assert.Equal(1100, reports.Sum(r => r.Created));
        Assert.Equal(500, reports.Sum(r => r.RejectedRows.Count));
        Assert.All(reports.SelectMany(r => r.Rejected), p => Assert.Contains("is already entered by office OF-", p.Reason));
        await using var db = H.Db();
        Assert.Equal(1100, await db.Employees.CountAsync());
    }
}
