using System.Diagnostics;
using System.Text.RegularExpressions;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Employees;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.OfficeStaff;

/// <summary>An office clerk takes a list from the keyboard and a spreadsheet to a finalized, printed, certified copy.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class OfficeStaffBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    private int _office;

    protected override async Task SeedAsync()
    {
        await App.WithDbAsync(async db =>
        {
            var department = new Department { Code = "REV", Name = "Revenue" };
            db.ConstituencyUnits.Add(new ConstituencyUnit { Code = "AC-201", Kind = UnitKind.AssemblyConstituency, Number = 201, Name = "Bhopal Uttar" });
            var office = new Office
            {
                Code = "REV-001",
                Name = "Tahsil Office Huzur",
                Department = department,
                HeadDesignation = "Tahsildar",
                Address = "Collectorate Campus, Bhopal",
                Pin = "462001",
            };
            db.Offices.Add(office);
            await db.SaveChangesAsync();
            _office = office.Id;
        });
        await App.CreateUserAsync("op-rev", Roles.OfficeOperator, _office);
    }

    [Fact]
    public async Task Operator_enters_pastes_finalizes_and_prints_the_certified_copy()
    {
        var page = await SignedInPageAsync("op-rev", "/office");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("list-state")).ToContainTextAsync("Not started");

        // Two rows by keyboard: the first with a bad mobile number, corrected after the message shows.
        var sita = new EmployeeBuilder(1).Named("सीता देवी", "राम प्रसाद").Female().With("Mobile", "12345").Build();
        await Cell(page, 0, "Name").ClickAsync();
        await TypeRowAsync(page, sita);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("error-Mobile")).ToContainTextAsync("not a 10-digit Indian mobile");
        await page.ScreenshotForReviewAsync("office-entry-invalid");
        await Cell(page, 0, "Mobile").FillAsync("+91 94250 12345");
        await Cell(page, 0, "Mobile").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("staff-grid")).ToContainTextAsync("सीता देवी");

        var mohan = new EmployeeBuilder(2).Named("Mohan Lal Verma", "Kishan Lal Verma").Build();
        await Assertions.Expect(Cell(page, 0, "Name")).ToBeFocusedAsync();
        await TypeRowAsync(page, mohan);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("staff-grid")).ToContainTextAsync("Mohan Lal Verma");

        // Two rows pasted from a spreadsheet into the first cell of the blank row, then saved together.
        var gita = new EmployeeBuilder(3).Named("गीता रानी", "सुरेश कुमार").Female().Build();
        var arun = new EmployeeBuilder(4).Named("Arun Kumar Das", "Bhola Das").Build();
        await PasteAsync(page, Cell(page, 0, "Name"), $"{EmployeeBuilder.TabLine(gita)}\n{EmployeeBuilder.TabLine(arun)}\n");
        await Assertions.Expect(page.GetByTestId("entry-row")).ToHaveCountAsync(3);
        await page.GetByTestId("save-all").ClickAsync();
        await Assertions.Expect(page.GetByTestId("staff-grid")).ToContainTextAsync("Arun Kumar Das");
        await Assertions.Expect(page.GetByTestId("staff-grid")).ToContainTextAsync("गीता रानी");
        await Assertions.Expect(page.GetByTestId("entered-counts")).ToContainTextAsync("Entered 4: men 2, women 2");

        // On a laptop the row actions stay on screen, no hidden sideways scroll needed to find them.
        await page.SetViewportSizeAsync(1366, 768);
        foreach (var action in new[] { "request-exemption", "delete" })
        {
            var box = await page.GetByTestId("staff-grid").GetByTestId(action).First.BoundingBoxAsync();
            Assert.True(box is not null && box.X + box.Width <= 1366, $"{action} is off-screen at 1366 px");
        }
        await page.ScreenshotAtBothSizesAsync("office-staff-list");
        await page.SetViewportSizeAsync(1400, 900);

        // When the connection drops: one dimmed overlay with one message at a time.
        var messages = await page.EvaluateAsync<int[]>("""
            () => {
                const modal = document.getElementById('components-reconnect-modal');
                const visible = () => [...modal.querySelectorAll('p')].filter(p => getComputedStyle(p).display !== 'none').length;
                modal.showModal();
                modal.classList.add('components-reconnect-show');
                const first = visible();
                modal.classList.replace('components-reconnect-show', 'components-reconnect-failed');
                const failed = visible();
                const dimmed = getComputedStyle(modal, '::backdrop').backgroundColor !== 'rgba(0, 0, 0, 0)';
                modal.classList.remove('components-reconnect-failed');
                modal.close();
                return [first, failed, dimmed ? 1 : 0];
            }
            """);
        Assert.Equal([1, 1, 1], messages);

        // Declare the strength to match, then certify and finalize.
        await page.GetByTestId("declared-total").FillAsync("4");
        await page.GetByTestId("declared-male").FillAsync("2");
        await page.GetByTestId("declared-female").FillAsync("2");
        await page.GetByTestId("declared-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("ready")).ToBeVisibleAsync();
        await page.ScreenshotForReviewAsync("office-ready");
        await page.GetByTestId("finalize").ClickAsync();
        await Assertions.Expect(page.GetByTestId("finalize-confirm")).ToBeDisabledAsync();
        await page.GetByLabel("I confirm this certificate on behalf of the head of office").CheckAsync();
        await page.GetByTestId("finalize-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("list-state")).ToContainTextAsync("Finalized");
        await Assertions.Expect(page.GetByTestId("locked")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("entry")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("edit")).ToHaveCountAsync(0);
        await page.ScreenshotForReviewAsync("office-finalized");

        // The certified copy: on screen, then printed to PDF by chromium and read back.
        var print = await page.Context.NewPageAsync();
        await print.GotoAsync($"{Url}/office/print");
        var sheet = print.GetByTestId("staff-print");
        await Assertions.Expect(sheet).ToContainTextAsync("Certified copy");
        await Assertions.Expect(sheet).ToContainTextAsync("सीता देवी");
        await Assertions.Expect(sheet).ToContainTextAsync("Mohan Lal Verma");
        await Assertions.Expect(sheet).ToContainTextAsync("Signature and seal of Tahsildar");
        await print.ScreenshotForReviewAsync("office-print");

        // Table cells may wrap a name over two lines; compare with runs of whitespace made one space.
        var text = Squash(await PdfTextAsync(print));
        Assert.Contains("सीता देवी", text);
        Assert.Contains("Certified copy", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Squash(ElectionTool.Features.Finalization.Certificate.Text("Tahsildar", "Tahsil Office Huzur", 4)), text);
        // Every sheet carries the office code and "Page X of Y"; the table stays within the printable width.
        Assert.Contains("Page 1 of 1", text);
        Assert.Contains("Certified copy ·", text);
        var tableRight = await print.EvaluateAsync<double>("() => document.querySelector('.staff-table').getBoundingClientRect().right");
        var sheetRight = await print.EvaluateAsync<double>("() => document.querySelector('.staff-print').getBoundingClientRect().right");
        Assert.True(tableRight <= sheetRight + 1, "the staff table runs past the sheet");
    }

    private static ILocator Cell(IPage page, int row, string key) =>
        page.Locator($"input[data-row='{row}'][data-col='{EmployeeColumns.All.ToList().FindIndex(c => c.Key == key)}']");

    /// <summary>Types a row as a clerk does: value, Tab, value, Tab… from the focused first cell.</summary>
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

    /// <summary>A paste as the browser delivers it when a clerk presses Ctrl+V with spreadsheet cells on the clipboard.</summary>
    private static Task PasteAsync(IPage page, ILocator cell, string text) =>
        cell.EvaluateAsync("""
            (el, text) => {
                const data = new DataTransfer();
                data.setData('text/plain', text);
                el.focus();
                el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, text);

    private static async Task<string> PdfTextAsync(IPage page)
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"office-print-{Guid.NewGuid():N}.pdf");
        try
        {
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
            Process process;
            try
            {
                process = Process.Start(new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Fail("pdftotext is not installed: install poppler-utils (apt-get install -y poppler-utils) to check the printed copy.");
                throw;
            }
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
