using System.Diagnostics;
using System.Text.RegularExpressions;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Training;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class TrainingDayBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    private TrainingTestSupport.Batches _batches = default!;

    protected override async Task SeedAsync()
    {
        await App.WithDbAsync(db => new DrawDistrictBuilder().BuildAsync(db));
        await App.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ElectionTool.Features.Auditing.CurrentUser>().ActAs("test-admin");
            await sp.GetRequiredService<DrawService>().AcceptStageAsync(1);
            _batches = await TrainingTestSupport.ScheduleAsync(sp);
            await sp.GetRequiredService<ElectionTool.Features.Training.TrainingAllotmentService>().AllotAsync("2 6 3", default);
            return 0;
        });
        await App.CreateUserAsync("training-admin", Roles.Admin);
    }

    [Fact]
    public async Task A_training_day_marks_attendance_by_typed_EPIC_and_prints_the_absentees_show_cause_notices()
    {
        var page = await SignedInPageAsync("training-admin");
        await page.WaitInteractiveAsync();

        // The IT cell has allotted the batches from a seed; the training page shows the batches and their fill.
        await page.GotoAsync($"{Url}/training");
        await Assertions.Expect(page.GetByTestId("allot-last")).ToContainTextAsync("seed \"2 6 3\"");
        await page.ScreenshotForReviewAsync("training-schedule");

        var (present, absent) = await TwoOfBatchAsync(_batches.RoundOneA);

        // The hall's desk types an EPIC: present; typed again: nothing changes.
        await page.GotoAsync($"{Url}/training/desk?session={_batches.RoundOneA}");
        await page.WaitInteractiveAsync();
        var code = page.GetByTestId("desk-code");
        await code.FillAsync(present.Epic.ToLowerInvariant());
        await code.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("desk-result")).ToContainTextAsync("marked present");
        await Assertions.Expect(page.GetByTestId("desk-count")).ToContainTextAsync("Present in this batch: 1 of");
        await code.FillAsync(present.Epic);
        await code.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("desk-result")).ToContainTextAsync("already marked present");
        await Assertions.Expect(page.GetByTestId("desk-count")).ToContainTextAsync("Present in this batch: 1 of");
        await page.ScreenshotForReviewAsync("training-desk");

        // Headless chromium has no camera reader: the desk says so and the typed box stays the way in. The reader's
        // module is the app's own file, not a CDN's.
        await Assertions.Expect(page.GetByTestId("webcam-fallback")).ToContainTextAsync("type the EPIC");
        var module = await page.APIRequest.GetAsync($"{Url}/Features/Training/Pages/WebcamScanner.razor.js");
        Assert.Equal(200, module.Status);
        Assert.Contains("BarcodeDetector", await module.TextAsync());

        // After the batch: notices to the absentees, printed by office.
        await page.GotoAsync($"{Url}/training/sessions/{_batches.RoundOneA}");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("issue-notices").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("seats")).ToContainTextAsync("AwaitingReply");
        await page.ScreenshotForReviewAsync("training-absentees");

        await page.GotoAsync($"{Url}/training/print/show-cause?session={_batches.RoundOneA}");
        await Assertions.Expect(page.GetByTestId("notice").First).ToContainTextAsync("SHOW-CAUSE NOTICE");
        var text = Squash(await PdfTextAsync(page));
        Assert.Contains(Squash(absent.Name), text);
        Assert.Contains("Section 134 of the Representation of the People Act, 1951", text);
        Assert.DoesNotContain($"EPIC {present.Epic}", text);
    }

    private async Task<((string Epic, string Name) Present, (string Epic, string Name) Absent)> TwoOfBatchAsync(int session)
    {
        var two = new List<(string, string)>();
        await App.WithDbAsync(async db =>
        {
            var rows = await db.Set<TrainingSeat>().Where(s => s.SessionId == session).OrderBy(s => s.EmployeeId)
                .Select(s => new { s.Employee!.Epic, s.Employee.Name }).ToListAsync();
            // A Latin-script absentee, so the PDF text check does not depend on how pdftotext orders Devanagari.
            two.Add((rows[0].Epic, rows[0].Name));
            var absent = rows.Skip(1).First(r => r.Name.StartsWith("Ramesh", StringComparison.Ordinal));
            two.Add((absent.Epic, absent.Name));
        });
        return (two[0], two[1]);
    }

    private static async Task<string> PdfTextAsync(IPage page)
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"show-cause-{Guid.NewGuid():N}.pdf");
        try
        {
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
