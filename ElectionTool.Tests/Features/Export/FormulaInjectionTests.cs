using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Export;
using ElectionTool.Features.Import;
using ElectionTool.Features.PendingOffices;
using ElectionTool.Tests.Builders;
using MiniExcelLibs;

namespace ElectionTool.Tests.Features.Export;

/// <summary>
/// A name typed as a formula must reach a spreadsheet as text. Every CSV/.xlsx writer goes through SpreadsheetText;
/// the first test fails when a file writes CSV or .xlsx another way.
/// </summary>
public sealed class FormulaInjectionTests
{
    private const string Payload = "=cmd|' /C calc'!A0";
    private const string Neutralized = "'=cmd|' /C calc'!A0";

    [Fact]
    public void No_file_writes_csv_or_xlsx_except_through_SpreadsheetText()
    {
        var root = SourceRoot();
        var writers = new[] { "CsvWriter", ".SaveAs(", ".SaveAsAsync(", "MiniExcel.SaveAs", "WriteRecords(" };
        var bypasses = Directory.EnumerateFiles(Path.Combine(root, "ElectionTool"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "SpreadsheetText.cs")
            .SelectMany(f => writers.Where(w => File.ReadAllText(f).Contains(w, StringComparison.Ordinal)).Select(w => $"{Path.GetRelativePath(root, f)} uses {w}"))
            .ToList();

        Assert.True(bypasses.Count == 0, "Write CSV/.xlsx through Features/Export/SpreadsheetText:\n" + string.Join('\n', bypasses));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+91 98")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Every_formula_start_gets_an_apostrophe_and_the_import_takes_it_off(string value)
    {
        Assert.Equal("'" + value, SpreadsheetText.Neutralize(value));
        Assert.Equal(value, SpreadsheetText.Restore(SpreadsheetText.Neutralize(value)));
    }

    [Fact]
    public void Numbers_stay_numbers_and_are_not_mistaken_for_formulas()
    {
        Assert.Equal("-5,3.5,true\r\n", SpreadsheetText.CsvRow([-5, 3.5m, true]));
    }

    [Fact]
    public void Draw_exports_neutralize_names_in_csv_and_xlsx()
    {
        var table = new DrawExports.Table("parties", ["Unit", "Name", "IsReserve"], [["AC-001", Payload, false]]);

        var csv = Encoding.UTF8.GetString(DrawExports.ToCsv(table));
        var xlsx = ReadXlsx(DrawExports.ToXlsx(table));

        Assert.Contains("," + Neutralized + ",", csv);
        Assert.DoesNotContain("," + Payload, csv);
        Assert.Equal(Neutralized, xlsx[0]["Name"]);
    }

    [Fact]
    public void Pending_export_neutralizes_office_names_and_phones_in_csv_and_xlsx()
    {
        var office = new PendingOffice(1, "PWD-003", Payload, "PWD", "Public Works", StaffListState.InProgress, 3, 10, null, "+1 555", "98", "EE");

        var csv = Encoding.UTF8.GetString(PendingExportEndpoints.Csv([office], new DistrictClock(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new ElectionTool.Hosting.DistrictOptions()))));
        var xlsx = ReadXlsx(PendingExportEndpoints.Xlsx([office], new DistrictClock(TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new ElectionTool.Hosting.DistrictOptions()))));

        Assert.Contains(Neutralized, csv);
        Assert.DoesNotContain("," + Payload, csv);
        Assert.Contains(",'+1 555,", csv);
        Assert.Equal(Neutralized, xlsx[0]["Office"]);
    }

    [Fact]
    public async Task Employee_export_neutralizes_every_text_column_in_csv_and_xlsx()
    {
        var input = new EmployeeBuilder(1).Named(Payload, "@father").Build();
        var row = new EmployeeExportRow(input, "REV-001", "REV", "AC-201", "None", "");

        var values = EmployeeExportColumns.Values(row);
        using var stream = new MemoryStream();
        await SpreadsheetText.WriteXlsxAsync(stream, "Employees", EmployeeExportColumns.Headings, [values], default);
        var xlsx = ReadXlsx(stream.ToArray());

        Assert.Contains(Neutralized, values);
        Assert.Contains("'@father", values);
        Assert.Equal(Neutralized, xlsx[0]["Name"]);
    }

    [Fact]
    public void Import_report_neutralizes_the_rejected_rows_it_gives_back()
    {
        var report = new StaffImportReport("staff.csv", 1, 0, 0, 0, [new StaffRowProblem(2, "Name", "bad")])
        {
            Headings = ["Name", "EPIC"],
            RejectedRows = [new StaffFileRow(2, [Payload, "=HYPERLINK(\"x\")"])],
        };

        var csv = Encoding.UTF8.GetString(report.RejectedRowsCsv());

        Assert.Contains(Neutralized, csv);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv);
    }

    [Fact]
    public void Staff_template_xlsx_goes_through_the_same_writer()
    {
        var sheets = MiniExcel.GetSheetNames(new MemoryStream(StaffTemplates.Xlsx()));

        Assert.Equal(new[] { "Staff", "Guide" }, sheets);
    }

    private static List<IDictionary<string, object?>> ReadXlsx(byte[] bytes) =>
        [.. new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ElectionTool.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (ElectionTool.sln) was not found above the test binaries.");
    }
}
