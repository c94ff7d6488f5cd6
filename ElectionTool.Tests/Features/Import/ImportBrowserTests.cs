using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Import;

/// <summary>A clerk imports a spreadsheet with mistakes, downloads the rejected rows, fixes them and imports again.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ImportBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    protected override async Task SeedAsync()
    {
        var office = 0;
        await App.WithDbAsync(async db =>
        {
            var department = new Department { Code = "SED", Name = "School Education" };
            db.ConstituencyUnits.AddRange(
                new ConstituencyUnit { Code = "AC-201", Kind = UnitKind.AssemblyConstituency, Number = 201, Name = "Rampur" },
                new ConstituencyUnit { Code = "AC-203", Kind = UnitKind.AssemblyConstituency, Number = 203, Name = "Devgarh" });
            var school = new Office { Code = "SED-001", Name = "Govt. HSS Rampur", Department = department };
            db.Offices.Add(school);
            await db.SaveChangesAsync();
            office = school.Id;
        });
        await App.CreateUserAsync("op-sed", Roles.OfficeOperator, office);
    }

    [Fact]
    public async Task Operator_imports_a_file_with_bad_rows_downloads_the_report_and_reimports_the_fixed_rows()
    {
        var good = EmployeeBuilder.People(1, 3).ToList();
        var bad = EmployeeBuilder.Person(4).With(i => i.Epic = "12345");
        var file = StaffFiles.Csv([.. good, bad]);
        var page = await SignedInPageAsync("op-sed", "/office");
        await page.WaitInteractiveAsync();

        await page.GetByTestId("import-staff").ClickAsync();
        await page.GetByTestId("import-staff-dialog").Locator("input[type=file]").Last
            .ChooseFileAsync(new FilePayload { Name = "staff.csv", MimeType = "text/csv", Buffer = file });
        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("3 created");
        await Assertions.Expect(page.GetByTestId("import-rejected")).ToContainTextAsync("EPIC");
        await page.ScreenshotForReviewAsync("import-with-rejected-rows");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-rejected").ClickAsync());
        var report = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
        Assert.Contains("राम कुमार 4", report);
        Assert.Contains("EPIC", report);

        var fixedReport = report.Replace(",12345,", ",ABC0000004,", StringComparison.Ordinal);
        await page.GetByTestId("import-staff-dialog").Locator("input[type=file]").Last
            .ChooseFileAsync(new FilePayload { Name = "fixed.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(fixedReport) });
        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("1 created");
        await page.GetByTestId("close-import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("staff-grid")).ToContainTextAsync("राम कुमार 4");
    }
}
