using System.Text;
using System.Text.Json;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Export;
using ElectionTool.Features.Import;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using static ElectionTool.Tests.Builders.EmployeeBuilder;
using static ElectionTool.Tests.Builders.StaffFiles;

namespace ElectionTool.Tests.Features.Export;

public sealed class EmployeeExporterTests : IAsyncLifetime
{
    private const string PublishedHeadings =
        "EPIC,Name,FatherOrHusbandName,Gender,DateOfBirth,Mobile,OfficeCode,DepartmentCode,Designation,ServiceGroup,Gazetted,PayLevel,BasicPay,EmploymentType,VoterUnit,ResidenceUnit,HomeUnit,OfficeUnit,Disability,SpouseEPIC,ExemptionStatus,RetirementDate";

    private ServiceHarness _h = default!;
    private StaffDistrict _district = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        _district = await _h.StaffDistrictAsync();
        await ImportAsync(_district.OfficeA, Csv(People(1, 3)));
        await ImportAsync(_district.OfficeB, Csv([Person(4).With(p => { p.Remarks = "=cmd|' /C calc'!A0"; p.Designation = "@SUM(1)"; })]));
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<StaffImportReport> ImportAsync(int officeId, byte[] bytes, string fileName = "staff.csv") =>
        await _h.Get<EmployeeImporter>().ImportAsync(officeId, Stream(bytes), fileName, default);

    private async Task<byte[]> ExportAsync(ExportFormat format, EmployeeExportFilter? filter = null)
    {
        using var output = new MemoryStream();
        await _h.Get<EmployeeExporter>().WriteAsync(output, format, filter ?? new EmployeeExportFilter(), default);
        return output.ToArray();
    }

    private static string[] Lines(byte[] csv) => Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task The_csv_has_the_published_columns_first_then_the_rest_of_the_format_with_formatted_values()
    {
        var lines = Lines(await ExportAsync(ExportFormat.Csv));

        Assert.Equal(
            PublishedHeadings + ",Email,EmployeeId,DateOfJoining,VoterPart,VoterSerial,BankAccount,IFSC,SpouseInGovtService,SpouseMobile,Remarks",
            lines[0]);
        Assert.Equal(5, lines.Length);
        var first = lines[1].Split(',');
        var dob = new DateOnly(1975, 1, 1).AddDays(37);
        Assert.Equal(
            ["ABC0000001", "राम कुमार 1", "श्याम लाल 1", "F", $"{dob:yyyy-MM-dd}", "9876500001", "OF-A", "EDU", "सहायक ग्रेड-2", "C", "false", "6", "41100",
             "Regular", "AC-201", "", "AC-203", "AC-201", "false", "", "None", $"{dob.AddYears(60):yyyy-MM-dd}"],
            first[..22]);
    }

    [Fact]
    public async Task Values_that_start_like_a_formula_are_neutralized_in_csv_and_xlsx()
    {
        var csv = Encoding.UTF8.GetString(await ExportAsync(ExportFormat.Csv));
        Assert.Contains(",'@SUM(1),", csv);
        Assert.Contains(",'=cmd|' /C calc'!A0\r\n", csv);

        var xlsx = await ExportAsync(ExportFormat.Xlsx);
        var rows = new MemoryStream(xlsx).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows, r => (string)r["EPIC"] == "ABC0000004");
        Assert.Equal("'@SUM(1)", row["Designation"]);
        Assert.Equal("'=cmd|' /C calc'!A0", row["Remarks"]);
    }

    [Theory]
    [InlineData("OF-B", null, 1)]
    [InlineData(null, "EDU", 4)]
    [InlineData("OF-A", "EDU", 3)]
    public async Task The_export_can_be_limited_to_an_office_or_a_department(string? office, string? department, int rows)
    {
        var lines = Lines(await ExportAsync(ExportFormat.Csv, new EmployeeExportFilter(office, department)));

        Assert.Equal(rows, lines.Length - 1);
    }

    [Fact]
    public async Task Unknown_filter_codes_are_reported()
    {
        var exporter = _h.Get<EmployeeExporter>();

        Assert.Contains("no office", await exporter.CheckAsync(new EmployeeExportFilter("NOPE"), default));
        Assert.Contains("no department", await exporter.CheckAsync(new EmployeeExportFilter(null, "NOPE"), default));
        Assert.Null(await exporter.CheckAsync(new EmployeeExportFilter("OF-A", "EDU"), default));
    }

    [Fact]
    public async Task Every_export_is_audited_with_who_what_filter_and_how_many_rows()
    {
        await ExportAsync(ExportFormat.Xlsx, new EmployeeExportFilter("OF-A"));

        await using var db = _h.Db();
        var entry = await db.AuditEntries.OrderBy(a => a.Id).LastAsync();
        Assert.Equal((ServiceHarness.Actor, "Export", "Employee", "office OF-A"), (entry.UserName, entry.Action, entry.EntityType, entry.EntityKey));
        using var after = JsonDocument.Parse(entry.After!);
        Assert.Equal(3, after.RootElement.GetProperty("Rows").GetInt32());
        Assert.Equal("xlsx", after.RootElement.GetProperty("Format").GetString());
    }

    [Theory]
    [InlineData(ExportFormat.Csv, "employees.csv")]
    [InlineData(ExportFormat.Xlsx, "employees.xlsx")]
    public async Task An_offices_own_export_imports_again_with_no_changes(ExportFormat format, string fileName)
    {
        var export = await ExportAsync(format, new EmployeeExportFilter("OF-B"));
        var report = await ImportAsync(_district.OfficeB, export, fileName);

        Assert.Null(report.FileError);
        Assert.Empty(report.Rejected);
        Assert.Equal((1, 0, 0, 1), (report.Read, report.Created, report.Updated, report.Unchanged));
        var person = Assert.Single(await _h.EmployeesAsync(_district.OfficeB));
        Assert.Equal("=cmd|' /C calc'!A0", person.Remarks);
    }

    [Fact]
    public async Task The_district_export_imported_into_one_office_rejects_the_other_offices_rows()
    {
        var report = await ImportAsync(_district.OfficeA, await ExportAsync(ExportFormat.Csv));

        Assert.Equal(3, report.Unchanged);
        var problem = Assert.Single(report.Rejected);
        Assert.Equal(("OfficeCode", 5), (problem.Column, problem.Row));
    }

    [Fact]
    public async Task Exemption_status_is_written_by_name()
    {
        await using (var db = _h.Db())
        {
            await db.Employees.Where(e => e.Epic == "ABC0000002").ExecuteUpdateAsync(s => s.SetProperty(e => e.ExemptionStatus, ExemptionStatus.Approved));
        }

        var lines = Lines(await ExportAsync(ExportFormat.Csv, new EmployeeExportFilter("OF-A")));

        Assert.Equal("Approved", lines.Single(l => l.StartsWith("ABC0000002", StringComparison.Ordinal)).Split(',')[20]);
    }
}
