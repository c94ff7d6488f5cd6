using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Features.Import;
using static ElectionTool.Tests.Builders.EmployeeBuilder;
using static ElectionTool.Tests.Builders.StaffFiles;

namespace ElectionTool.Tests.Features.Language;

/// <summary>A Hindi clerk's import report: the summary, every rejected row's reason and a refused file, all in Hindi.</summary>
public sealed class HindiImportTests : ImportTestBase
{
    [Fact]
    public async Task The_import_report_explains_bad_rows_in_Hindi_to_a_Hindi_user()
    {
        await ImportAsync(Csv([Person(1)]), District.OfficeB);
        var rows = new[] { Person(2), Person(3).With(p => p.Mobile = "12345"), Person(4).With(p => p.Epic = Person(1).Epic), Person(5) };

        using var _ = InLanguage.Hindi();
        var report = await ImportAsync(Csv(rows));

        Assert.Equal("4 पंक्तियाँ पढ़ी गईं: 2 आयात (2 नई, 0 अद्यतन, 0 अपरिवर्तित), 2 अस्वीकृत।", report.Summary);
        Assert.Contains(report.Rejected, p => p is { Row: 3, Column: "Mobile" } && p.Reason == "'12345' 10 अंकों का भारतीय मोबाइल नंबर नहीं है।");
        Assert.Contains(report.Rejected, p => p is { Row: 4, Column: "EPIC" } && p.Reason.StartsWith("EPIC ABC0000001 पहले से", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Rejected, p => p.Reason.Contains("already", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_that_is_not_a_staff_list_is_refused_in_Hindi()
    {
        using var _ = InLanguage.Hindi();

        var report = await ImportAsync("%PDF-1.7 not a list"u8.ToArray(), fileName: "list.pdf");

        Assert.Equal("यह एक PDF दस्तावेज़ है, कर्मचारी सूची नहीं। भरा हुआ कर्मचारी टेम्पलेट .xlsx या CSV UTF-8 के रूप में अपलोड करें।", report.FileError);
    }
}
