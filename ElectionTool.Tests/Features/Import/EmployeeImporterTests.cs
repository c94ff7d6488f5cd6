using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Import;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using static ElectionTool.Tests.Builders.StaffFiles;

namespace ElectionTool.Tests.Features.Import;

public sealed class EmployeeImporterTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private StaffDistrict _district = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        _district = await _h.StaffDistrictAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<StaffImportReport> ImportAsync(byte[] bytes, int? officeId = null, string fileName = "staff.csv") =>
        _h.Get<EmployeeImporter>().ImportAsync(officeId ?? _district.OfficeA, Stream(bytes), fileName, default);

    [Fact]
    public async Task A_good_csv_creates_every_row_and_stores_Devanagari_names_exactly()
    {
        var report = await ImportAsync(Csv(People(1, 5)));

        Assert.Null(report.FileError);
        Assert.Equal((5, 5, 0, 0), (report.Read, report.Created, report.Updated, report.Unchanged));
        Assert.Empty(report.Rejected);
        var saved = await _h.EmployeesAsync(_district.OfficeA);
        Assert.Equal(5, saved.Count);
        Assert.Equal("राम कुमार 1", saved[0].Name);
        Assert.Equal("श्याम लाल 1", saved[0].FatherOrHusbandName);
        Assert.Equal("सहायक ग्रेड-2", saved[0].Designation);
    }

    [Fact]
    public async Task A_good_xlsx_with_date_and_number_cells_imports_like_the_csv()
    {
        var report = await ImportAsync(Xlsx(People(1, 4)), fileName: "staff.xlsx");

        Assert.Null(report.FileError);
        Assert.Equal(4, report.Created);
        var first = (await _h.EmployeesAsync(_district.OfficeA))[0];
        Assert.Equal("9876500001", first.Mobile);
        Assert.Equal(new DateOnly(1975, 1, 1).AddDays(37), first.DateOfBirth);
        Assert.Equal("12345678901", first.BankAccount);
        Assert.Equal(41100, first.BasicPay);
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_row_and_column_and_the_good_rows_are_saved()
    {
        var rows = new[]
        {
            Person(1),
            Person(2).With(p => p.DateOfBirth = "31-02-1980"),
            Person(3),
            Person(4).With(p => { p.Mobile = "12345"; p.Gender = "X"; }),
            Person(5).With(p => p.VoterUnit = "AC-999"),
        };

        var report = await ImportAsync(Csv(rows));

        Assert.Equal((5, 2), (report.Read, report.Created));
        Assert.Equal(3, report.RejectedRows.Count);
        Assert.Contains(report.Rejected, p => p is { Row: 3, Column: "DateOfBirth" });
        Assert.Contains(report.Rejected, p => p is { Row: 5, Column: "Mobile" });
        Assert.Contains(report.Rejected, p => p is { Row: 5, Column: "Gender" });
        Assert.Contains(report.Rejected, p => p is { Row: 6, Column: "VoterUnit" } && p.Reason.Contains("AC-999"));
        Assert.Equal(["ABC0000001", "ABC0000003"], (await _h.EmployeesAsync(_district.OfficeA)).Select(e => e.Epic));
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
        Assert.Equal("राम कुमार 1", (await _h.EmployeesAsync(_district.OfficeA))[0].Name);
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
        var saved = Assert.Single(await _h.EmployeesAsync(_district.OfficeA));
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
        Assert.Empty(await _h.EmployeesAsync(_district.OfficeA));
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
        Assert.Empty(await _h.EmployeesAsync(_district.OfficeA));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused()
    {
        var report = await ImportAsync(new byte[StaffFileReader.MaxFileBytes + 1]);

        Assert.Contains("larger than the 10 MB limit", report.FileError);
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var csv = Csv(People(1, 4));
        await ImportAsync(csv);
        await using (var db = _h.Db())
        {
            var auditsBefore = db.AuditEntries.Count();
            var report = await ImportAsync(csv);

            Assert.Equal((4, 0, 0, 4), (report.Read, report.Created, report.Updated, report.Unchanged));
            Assert.Equal(auditsBefore, db.AuditEntries.Count());
        }
        Assert.Equal(4, (await _h.EmployeesAsync(_district.OfficeA)).Count);
    }

    [Fact]
    public async Task A_corrected_row_updates_the_person_matched_by_EPIC()
    {
        await ImportAsync(Csv(People(1, 2)));

        var report = await ImportAsync(Csv([Person(1).With(p => p.Designation = "लिपिक"), Person(2)]));

        Assert.Equal((1, 1), (report.Updated, report.Unchanged));
        Assert.Equal("लिपिक", (await _h.EmployeesAsync(_district.OfficeA))[0].Designation);
    }

    [Fact]
    public async Task A_person_held_by_another_office_is_rejected_naming_that_office()
    {
        await ImportAsync(Csv([Person(1)]), _district.OfficeB);

        var report = await ImportAsync(Csv([Person(2), Person(1).With(p => p.Mobile = "9000000001"), Person(3).With(p => p.Mobile = Person(1).Mobile)]));

        Assert.Equal(1, report.Created);
        Assert.Contains(report.Rejected, p => p is { Row: 3, Column: "EPIC" } && p.Reason.Contains("Office OF-B (OF-B)"));
        Assert.Contains(report.Rejected, p => p is { Row: 4, Column: "Mobile" } && p.Reason.Contains("(OF-B)"));
    }

    [Fact]
    public async Task The_same_person_twice_in_one_file_keeps_the_first_row()
    {
        var report = await ImportAsync(Csv([Person(1), Person(1).With(p => p.Designation = "other")]));

        Assert.Equal(1, report.Created);
        Assert.Contains("appears twice", Assert.Single(report.Rejected).Reason);
    }

    [Fact]
    public async Task A_row_whose_OfficeCode_names_another_office_is_rejected()
    {
        var headings = TemplateHeadings.Prepend("OfficeCode");
        var rows = new[] { Cells(Person(1)).Prepend("of-a"), Cells(Person(2)).Prepend("OF-B"), Cells(Person(3)).Prepend("") };

        var report = await ImportAsync(Csv(headings, rows));

        Assert.Equal(2, report.Created);
        var problem = Assert.Single(report.Rejected);
        Assert.Equal((3, "OfficeCode"), (problem.Row, problem.Column));
        Assert.Contains("belongs to office OF-B, not OF-A", problem.Reason);
    }

    [Fact]
    public async Task A_finalized_office_refuses_the_whole_import()
    {
        await using (var db = _h.Db())
        {
            var office = await db.Offices.FindAsync(_district.OfficeA);
            office!.ListState = StaffListState.Finalized;
            await db.SaveChangesAsync();
        }

        var report = await ImportAsync(Csv(People(1, 2)));

        Assert.True(report.FileRefused);
        Assert.Contains("finalized and locked", report.FileError);
        Assert.Empty(await _h.EmployeesAsync(_district.OfficeA));
    }

    [Fact]
    public async Task The_rejected_rows_file_keeps_the_original_columns_lists_the_errors_and_imports_again_once_fixed()
    {
        var first = await ImportAsync(Csv([Person(1), Person(2).With(p => p.Gender = "X"), Person(3).With(p => p.Epic = "=HYPERLINK()")]));
        var file = first.RejectedRowsCsv();

        var text = Encoding.UTF8.GetString(file);
        Assert.StartsWith("\uFEFF" + string.Join(',', TemplateHeadings) + ",Errors / त्रुटियाँ", text);
        Assert.Contains("Gender: 'X' is not a gender", text);
        Assert.Contains("'=HYPERLINK()", text);

        var fixedFile = Encoding.UTF8.GetBytes(text.Replace(",X,", ",F,", StringComparison.Ordinal).Replace("'=HYPERLINK()", "ABC0000003", StringComparison.Ordinal));
        var second = await ImportAsync(fixedFile);

        Assert.Equal((2, 2), (second.Read, second.Created));
        Assert.Empty(second.Rejected);
    }

    [Fact]
    public async Task One_change_is_published_for_the_whole_batch()
    {
        var changes = new List<StaffListChange>();
        using var _ = _h.Get<StaffListNotifier>().Subscribe(c =>
        {
            lock (changes)
            {
                changes.Add(c);
            }
            return Task.CompletedTask;
        });

        await ImportAsync(Csv(People(1, 6)));
        await Task.Delay(100);

        var change = Assert.Single(changes);
        Assert.Equal((_district.OfficeA, StaffChangeKind.RowsSaved, 6), (change.OfficeId, change.Kind, change.Rows));
    }
}
