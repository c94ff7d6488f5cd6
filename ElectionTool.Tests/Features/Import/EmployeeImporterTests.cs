using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Import;
using ElectionTool.Tests.Builders;
using static ElectionTool.Tests.Builders.EmployeeBuilder;
using static ElectionTool.Tests.Builders.StaffFiles;

namespace ElectionTool.Tests.Features.Import;

/// <summary>What an import saves, rejects and reports: the rules of the staff list, applied row by row.</summary>
[Trait("Database", "Both")]
public sealed class EmployeeImporterTests : ImportTestBase
{
    [Fact]
    public async Task A_good_csv_creates_every_row_and_stores_Devanagari_names_exactly()
    {
        var report = await ImportAsync(Csv(People(1, 5)));

        Assert.Null(report.FileError);
        Assert.Equal((5, 5, 0, 0), (report.Read, report.Created, report.Updated, report.Unchanged));
        Assert.Empty(report.Rejected);
        var saved = await H.EmployeesAsync(District.OfficeA);
        Assert.Equal(5, saved.Count);
        Assert.Equal("राम कुमार 1", saved[0].Name);
        Assert.Equal("श्याम लाल 1", saved[0].FatherOrHusbandName);
        Assert.Equal("सहायक ग्रेड-2", saved[0].Designation);
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
        Assert.Equal(["ABC0000001", "ABC0000003"], (await H.EmployeesAsync(District.OfficeA)).Select(e => e.Epic));
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var csv = Csv(People(1, 4));
        await ImportAsync(csv);
        await using (var db = H.Db())
        {
            var auditsBefore = db.AuditEntries.Count();
            var report = await ImportAsync(csv);

            Assert.Equal((4, 0, 0, 4), (report.Read, report.Created, report.Updated, report.Unchanged));
            Assert.Equal(auditsBefore, db.AuditEntries.Count());
        }
        Assert.Equal(4, (await H.EmployeesAsync(District.OfficeA)).Count);
    }

    [Fact]
    public async Task A_corrected_row_updates_the_person_matched_by_EPIC()
    {
        await ImportAsync(Csv(People(1, 2)));

        var report = await ImportAsync(Csv([Person(1).With(p => p.Designation = "लिपिक"), Person(2)]));

        Assert.Equal((1, 1), (report.Updated, report.Unchanged));
        Assert.Equal("लिपिक", (await H.EmployeesAsync(District.OfficeA))[0].Designation);
    }

    [Fact]
    public async Task A_person_held_by_another_office_is_rejected_naming_that_office()
    {
        await ImportAsync(Csv([Person(1)]), District.OfficeB);

        var report = await ImportAsync(Csv([Person(2), Person(1).With(p => p.Mobile = "9000000001"), Person(3).With(p => p.Mobile = Person(1).Mobile)]));

        Assert.Equal(1, report.Created);
        Assert.Contains(report.Rejected, p => p is { Row: 3, Column: "EPIC" } && p.Reason == "EPIC ABC0000001 is already entered by office OF-B (no phone on record).");
        Assert.Contains(report.Rejected, p => p is { Row: 4, Column: "Mobile" } && p.Reason == "Mobile 9876500001 is already entered by office OF-B (no phone on record).");
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
        await using (var db = H.Db())
        {
            var office = await db.Offices.FindAsync(District.OfficeA);
            office!.ListState = StaffListState.Finalized;
            await db.SaveChangesAsync();
        }

        var report = await ImportAsync(Csv(People(1, 2)));

        Assert.True(report.FileRefused);
        Assert.Contains("finalized and locked", report.FileError);
        Assert.Empty(await H.EmployeesAsync(District.OfficeA));
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
        using var _ = H.Get<StaffListNotifier>().Subscribe(c =>
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
        Assert.Equal((District.OfficeA, StaffChangeKind.RowsSaved, 6), (change.OfficeId, change.Kind, change.Rows));
    }
}
