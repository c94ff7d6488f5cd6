using System.Text.RegularExpressions;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Finalization;
using ElectionTool.Features.Language;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Language;

/// <summary>
/// A clerk who reads Hindi switches to हिन्दी and does the whole office workflow: enters a row, imports a file
/// with a bad row, finalizes and prints; the printed PDF carries the Hindi certificate.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class HindiOfficeBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    protected override async Task SeedAsync()
    {
        var office = 0;
        await App.WithDbAsync(async db =>
        {
            db.ConstituencyUnits.AddRange(
                new ConstituencyUnit { Code = "AC-201", Kind = UnitKind.AssemblyConstituency, Number = 201, Name = "Rampur" },
                new ConstituencyUnit { Code = "AC-203", Kind = UnitKind.AssemblyConstituency, Number = 203, Name = "Devgarh" });
            var school = new Office
            {
                Code = "SED-001",
                Name = "शासकीय उ.मा. विद्यालय रामपुर",
                Department = new Department { Code = "SED", Name = "स्कूल शिक्षा" },
                HeadDesignation = "प्राचार्य",
                Address = "रामपुर",
            };
            db.Offices.Add(school);
            await db.SaveChangesAsync();
            office = school.Id;
        });
        await App.CreateUserAsync("op-sed", Roles.OfficeOperator, office);
    }

    [Fact]
    public async Task A_clerk_enters_imports_finalizes_and_prints_in_Hindi()
    {
        var page = await NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await page.SignInAsync(Url, "op-sed");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("language-hi").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.GotoAsync(Url + "/office");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("list-state")).ToHaveTextAsync("शुरू नहीं");

        // One row typed with a bad mobile number: the validator answers in Hindi.
        var typed = EmployeeBuilder.Person(1).With(i => i.Mobile = "12345");
        await Cell(page, "Name").ClickAsync();
        await TypeRowAsync(page, typed);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("error-Mobile")).ToContainTextAsync("10 अंकों का भारतीय मोबाइल नंबर नहीं है");
        await page.ScreenshotAsync(new() { Path = HindiBrowserTests.Shot("hi-office-entry-error") });
        await Cell(page, "Mobile").FillAsync(EmployeeBuilder.Person(1).Mobile);
        await Cell(page, "Mobile").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("staff-grid")).ToContainTextAsync("राम कुमार 1");

        // A file of three with one bad EPIC: two taken, the bad row explained in Hindi.
        var file = StaffFiles.Csv([EmployeeBuilder.Person(2), EmployeeBuilder.Person(3), EmployeeBuilder.Person(4).With(i => i.Epic = "12345")]);
        await page.GetByTestId("import-staff").ClickAsync();
        await page.GetByTestId("import-staff-dialog").Locator("input[type=file]").Last
            .ChooseFileAsync(new FilePayload { Name = "कर्मचारी.csv", MimeType = "text/csv", Buffer = file });
        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("3 पंक्तियाँ पढ़ी गईं");
        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("1 अस्वीकृत");
        await Assertions.Expect(page.GetByTestId("import-rejected")).ToContainTextAsync("'12345' EPIC नंबर नहीं है");
        await page.ScreenshotAsync(new() { Path = HindiBrowserTests.Shot("hi-office-import-errors") });
        await page.GetByTestId("close-import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("staff-grid")).ToContainTextAsync("राम कुमार 3");

        // Declare the strength (Person(n) alternates: 1 and 3 are women, 2 a man), then certify and finalize.
        await page.GetByTestId("declared-total").FillAsync("3");
        await page.GetByTestId("declared-male").FillAsync("1");
        await page.GetByTestId("declared-female").FillAsync("2");
        await page.GetByTestId("declared-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("ready")).ToBeVisibleAsync();
        await page.GetByTestId("finalize").ClickAsync();
        await Assertions.Expect(page.GetByTestId("certificate-text")).ToContainTextAsync("प्रमाणित किया जाता है");
        await page.GetByLabel("मैं कार्यालय प्रमुख की ओर से इस प्रमाणपत्र की पुष्टि करता/करती हूँ").CheckAsync();
        await page.ScreenshotAsync(new() { Path = HindiBrowserTests.Shot("hi-office-finalize") });
        await page.GetByTestId("finalize-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("list-state")).ToContainTextAsync("अंतिम");
        await page.ScreenshotAsync(new() { Path = HindiBrowserTests.Shot("hi-office-finalized") });

        // The certified copy in Hindi, printed to PDF by chromium and read back.
        var print = await page.Context.NewPageAsync();
        await print.GotoAsync($"{Url}/office/print");
        await Assertions.Expect(print.GetByTestId("copy-kind")).ToHaveTextAsync("प्रमाणित प्रति");
        await print.ScreenshotAsync(new() { Path = HindiBrowserTests.Shot("hi-office-print"), FullPage = true });
        var hindi = Certificate.In(AppCultures.Hindi, "प्राचार्य", "शासकीय उ.मा. विद्यालय रामपुर", 3);
        await Assertions.Expect(print.GetByTestId("print-certificate")).ToHaveTextAsync(hindi);
        await print.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await print.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        // pdftotext may break a line, or put a space after a vowel sign (छू टा): compare without any white space.
        var text = Squash(string.Join(" ", PdfPages.Text(pdf)));
        Assert.Contains(Squash(hindi), text);
        Assert.Contains(Squash("प्रमाणित प्रति"), text);
        Assert.Contains(Squash("पृष्ठ 1 / 1"), text);
    }

    private static ILocator Cell(IPage page, string key) =>
        page.Locator($"input[data-row='0'][data-col='{EmployeeColumns.All.ToList().FindIndex(c => c.Key == key)}']");

    private static async Task TypeRowAsync(IPage page, EmployeeInput input)
    {
        var columns = EmployeeColumns.All;
        var last = columns.ToList().FindLastIndex(c => c.Get(input).Length > 0);
        for (var i = 0; i <= last; i++)
        {
            var value = columns[i].Get(input);
            if (value.Length > 0)
            {
                await page.Keyboard.TypeAsync(value);
            }
            if (i < last)
            {
                await page.Keyboard.PressAsync("Tab");
            }
        }
    }

    private static string Squash(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
