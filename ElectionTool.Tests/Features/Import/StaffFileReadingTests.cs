using System.Text;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Import;
using ElectionTool.Tests.Builders;
using static ElectionTool.Tests.Builders.EmployeeBuilder;
using static ElectionTool.Tests.Builders.StaffFiles;

namespace ElectionTool.Tests.Features.Import;

/// <summary>Which files the import can read (CSV with or without BOM, .xlsx, Devanagari digits, any heading style) and how it refuses the rest.</summary>
public sealed class StaffFileReadingTests : ImportTestBase
{
    [Fact]
    public async Task A_good_xlsx_with_date_and_number_cells_imports_like_the_csv()
    {
        var report = await ImportAsync(Xlsx(People(1, 4)), fileName: "staff.xlsx");

        Assert.Null(report.FileError);
        Assert.Equal(4, report.Created);
        var first = (await H.EmployeesAsync(District.OfficeA))[0];
        Assert.Equal("9876500001", first.Mobile);
        Assert.Equal(new DateOnly(1975, 1, 1).AddDays(37), first.DateOfBirth);
        Assert.Equal("12345678901", first.BankAccount);
        Assert.Equal(41100, first.BasicPay);
    }

    [Fact]
    public async Task Row_numbers_count_blank_rows_as_the_spreadsheet_shows_them_and_blank_rows_are_skipped()
    {
        var blank = EmployeeColumns.All.Select(_ => "").ToList();
        var csv = Csv(TemplateHeadings, [Cells(Person(1)), blank, blank, Cells(Person(2).With(p => p.Epic = "bad"))]);

        var report = await ImportAsync(csv);

        Assert.Equal(2, report.Read);
        Assert.Equal(5, Assert.Single(report.Rejected).Row);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Csv_is_read_with_or_without_a_byte_order_mark(bool bom)
    {
        var report = await ImportAsync(Csv(People(1, 3), bom));

        Assert.Equal(3, report.Created);
        Assert.Equal("राम कुमार 1", (await H.EmployeesAsync(District.OfficeA))[0].Name);
    }

    [Fact]
    public async Task Devanagari_digits_and_slashed_dates_are_read()
    {
        var row = Person(1).With(p =>
        {
            p.Mobile = "९८७६५०००११";
            p.PayLevel = "६";
            p.BasicPay = "४११००";
            p.DateOfBirth = "15/08/1975";
        });

        var report = await ImportAsync(Csv([row]));

        Assert.Equal(1, report.Created);
        var saved = Assert.Single(await H.EmployeesAsync(District.OfficeA));
        Assert.Equal(("9876500011", 6, 41100, new DateOnly(1975, 8, 15)), (saved.Mobile, saved.PayLevel, saved.BasicPay, saved.DateOfBirth));
    }

    [Fact]
    public async Task Headings_may_be_the_keys_or_the_English_labels_in_any_order_and_unknown_columns_are_ignored()
    {
        var columns = EmployeeColumns.All.Reverse().ToList();
        var headings = columns.Select((c, i) => i % 2 == 0 ? c.Key.ToUpperInvariant() : c.English).Append("Something else");
        var rows = People(1, 2).Select(p => columns.Select(c => c.Get(p)).Append("ignored"));

        var report = await ImportAsync(Csv(headings, rows));

        Assert.Equal(2, report.Created);
    }

    [Fact]
    public async Task A_file_with_wrong_headings_is_refused_naming_the_missing_columns()
    {
        var csv = Csv(["Name", "Father", "DOB"], [["राम", "श्याम", "01-01-1980"]]);

        var report = await ImportAsync(csv);

        Assert.True(report.FileRefused);
        Assert.Contains("not the staff template", report.FileError);
        Assert.Contains("Mobile / मोबाइल", report.FileError);
        Assert.Contains("EPIC / मतदाता पहचान पत्र क्र.", report.FileError);
        Assert.DoesNotContain("\"Name / नाम\"", report.FileError);
        Assert.Empty(await H.EmployeesAsync(District.OfficeA));
    }

    public static readonly TheoryData<string, byte[], string> UnreadableFiles = new()
    {
        { "empty", [], "empty" },
        { "headings only", Csv(TemplateHeadings, []), "headings but no rows" },
        { "blank lines only", Encoding.UTF8.GetBytes("\r\n,,,\r\n\r\n"), "blank" },
        { "a PDF renamed", [.. "%PDF-1.7\n"u8, 0, 1, 2], "PDF" },
        { "a photo renamed", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "PNG image" },
        { "a zip that is no workbook", [.. "PK\u0003\u0004"u8, 1, 2, 3, 4, 5], "not a readable Excel workbook" },
        { "not UTF-8", [.. Encoding.Latin1.GetBytes("Name,Gender\r\nJos"), 0xE9, .. "\r\n"u8], "not UTF-8" },
        { "UTF-16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Name\r\n")], "UTF-16" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public async Task A_file_that_is_not_a_staff_list_is_refused_saying_what_is_wrong_and_nothing_is_saved(string what, byte[] bytes, string message)
    {
        var report = await ImportAsync(bytes);

        Assert.True(report.FileRefused, what);
        Assert.Contains(message, report.FileError);
        Assert.Empty(await H.EmployeesAsync(District.OfficeA));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused()
    {
        var report = await ImportAsync(new byte[StaffFileReader.MaxFileBytes + 1]);

        Assert.Contains("larger than the 10 MB limit", report.FileError);
    }
}
