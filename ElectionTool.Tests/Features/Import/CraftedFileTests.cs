using System.IO.Compression;
using System.Text;
using ElectionTool.Features.Import;
using static ElectionTool.Tests.Builders.EmployeeBuilder;
using static ElectionTool.Tests.Builders.StaffFiles;

namespace ElectionTool.Tests.Features.Import;

/// <summary>
/// Crafted workbooks and broken CSVs are refused quickly, with a reason, before the spreadsheet reader works on them.
/// The files are generated here: a first row of 16,384 columns, a 1.5 GB string, 1.7 million rows, XXE, billion laughs.
/// </summary>
public sealed class CraftedFileTests : ImportTestBase
{
    private static byte[] Workbook(Action<Stream> writeSheet, Action<Stream>? writeStrings = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(Encoding.UTF8.GetBytes(xml));
            }
            Part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Staff\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            // The bombs are small only when packed as tightly as an attacker would.
            using (var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open())
            {
                writeSheet(sheet);
            }
            if (writeStrings is not null)
            {
                using var strings = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open();
                writeStrings(strings);
            }
        }
        return buffer.ToArray();
    }

    private static void Text(Stream s, string text) => s.Write(Encoding.UTF8.GetBytes(text));

    private const string SheetStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private const string SheetEnd = "</sheetData></worksheet>";

    private static string Column(int n) => n <= 26 ? ((char)('A' + n - 1)).ToString() : Column((n - 1) / 26) + (char)('A' + (n - 1) % 26);

    [Fact]
    public async Task A_first_row_of_16384_columns_over_60000_rows_is_refused_for_its_columns()
    {
        var file = Workbook(s =>
        {
            Text(s, SheetStart + "<row r=\"1\">");
            for (var c = 1; c <= 16_384; c++)
            {
                Text(s, $"<c r=\"{Column(c)}1\" t=\"inlineStr\"><is><t>h</t></is></c>");
            }
            Text(s, "</row>");
            for (var r = 2; r <= 60_001; r++)
            {
                Text(s, $"<row r=\"{r}\"><c r=\"A{r}\"><v>1</v></c></row>");
            }
            Text(s, SheetEnd);
        });

        var report = await ImportAsync(file, fileName: "wide.xlsx");

        Assert.Contains("more than 200 columns", report.FileError);
    }

    [Fact]
    public async Task One_cell_far_to_the_right_is_refused_too()
    {
        var file = Workbook(s => Text(s, SheetStart + "<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>" + SheetEnd));

        Assert.Contains("more than 200 columns", (await ImportAsync(file, fileName: "far.xlsx")).FileError);
    }

    [Fact]
    public async Task A_one_and_a_half_gigabyte_shared_string_is_refused_after_its_first_kilobytes()
    {
        var chunk = Encoding.ASCII.GetBytes(new string('A', 1 << 20));
        var file = Workbook(
            s => Text(s, SheetStart + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + SheetEnd),
            s =>
            {
                Text(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>");
                for (var i = 0; i < 1536; i++)
                {
                    s.Write(chunk);
                }
                Text(s, "</t></si></sst>");
            });
        Assert.True(file.Length < StaffFileReader.MaxFileBytes, $"the crafted file is {file.Length:N0} bytes");

        var report = await ImportAsync(file, fileName: "string.xlsx");

        Assert.True(report.FileRefused);
        Assert.Matches("more data than any staff list needs|more than 32,767 characters", report.FileError);
    }

    [Fact]
    public async Task One_point_seven_million_rows_are_refused_for_their_number()
    {
        var file = Workbook(s =>
        {
            Text(s, SheetStart);
            for (var r = 1; r <= 1_700_000; r++)
            {
                Text(s, "<row><c><v>1</v></c></row>");
            }
            Text(s, SheetEnd);
        });

        Assert.True(file.Length < StaffFileReader.MaxFileBytes, $"the crafted file is {file.Length:N0} bytes");
        var report = await ImportAsync(file, fileName: "long.xlsx");

        Assert.Contains("more than 20,000 rows", report.FileError);
    }

    [Theory]
    [InlineData("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>", "&i;")]
    public async Task Entities_in_a_workbook_XXE_or_billion_laughs_are_refused_and_never_expanded(string doctype, string use)
    {
        var file = Workbook(s => Text(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + use + "</t></is></c></row>" + SheetEnd));

        var report = await ImportAsync(file, fileName: "entity.xlsx");

        Assert.Contains("document type declaration", report.FileError);
        Assert.Empty(await H.EmployeesAsync(District.OfficeA));
    }

    [Fact]
    public async Task An_unbalanced_quote_in_a_csv_names_the_line_that_has_it()
    {
        var lines = new[] { Csv(People(1, 1)), Encoding.UTF8.GetBytes("\"राम,F,01-01-1980\r\n"), Encoding.UTF8.GetBytes(string.Join(',', Cells(Person(3))) + "\r\n") };
        var csv = lines.SelectMany(b => b).ToArray();

        var report = await ImportAsync(csv);

        Assert.Contains("Line 3 of the file", report.FileError);
        Assert.Contains("quote", report.FileError);
        Assert.Empty(await H.EmployeesAsync(District.OfficeA));
    }

    [Fact]
    public async Task A_csv_with_more_than_200_columns_is_refused()
    {
        var csv = Csv(TemplateHeadings.Concat(Enumerable.Range(1, 300).Select(n => $"x{n}")), [Cells(Person(1))]);

        Assert.Contains("more than 200 columns", (await ImportAsync(csv)).FileError);
    }

    [Fact]
    public async Task A_cancelled_import_stops_and_saves_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            H.Get<EmployeeImporter>().ImportAsync(District.OfficeA, Stream(Csv(People(1, 5))), "staff.csv", cancelled.Token));
        Assert.Empty(await H.EmployeesAsync(District.OfficeA));
    }
}
