using System.IO.Compression;
using System.Xml;
using ElectionTool.Resources;

namespace ElectionTool.Features.Import;

/// <summary>
/// Looks inside an .xlsx before the spreadsheet reader does, with a streaming XML reader that refuses DTDs (so XXE
/// and "billion laughs" go nowhere) and stops at the first limit crossed: too many columns or rows, a cell text longer
/// than Excel allows, more unpacked XML than any staff list needs. A crafted file is refused in milliseconds instead
/// of keeping a core busy.
/// </summary>
public static class XlsxGuard
{
    public const int MaxColumns = 200;

    /// <summary>Excel's own limit for the text of one cell.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>Unpacked size of all the workbook's XML together.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    public static string? Check(Stream workbook, int maxRows, CancellationToken ct)
    {
        try
        {
            using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            var parts = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
                || e.FullName.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase)).ToList();
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                return TooBig;
            }
            var budget = MaxUnpackedBytes;
            foreach (var part in parts.Where(p => p.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                using var stream = part.Open();
                var problem = part.FullName.Contains("sharedStrings", StringComparison.OrdinalIgnoreCase)
                    ? CheckStrings(stream, ref budget, ct)
                    : CheckSheet(stream, maxRows, ref budget, ct);
                if (problem is not null)
                {
                    return problem;
                }
            }
            return null;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return UiText.Of("The workbook contains a document type declaration (DTD), which a spreadsheet saved by Excel never has. Save it again from Excel as .xlsx, or as CSV UTF-8.");
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharacters", StringComparison.Ordinal))
        {
            return TooBig;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            return null; // Not our kind of problem: the reader reports an unreadable workbook.
        }
        finally
        {
            workbook.Position = 0;
        }
    }

    private static string TooBig => UiText.Of("The workbook unpacks to more data than any staff list needs (over 200 MB). Save only the staff sheet, or as CSV UTF-8.");

    private static XmlReader Reader(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        MaxCharactersInDocument = MaxUnpackedBytes,
        MaxCharactersFromEntities = 0,
    });

    private static string? CheckSheet(Stream stream, int maxRows, ref long budget, CancellationToken ct)
    {
        using var xml = Reader(stream);
        var rows = 0;
        var cells = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (xml.LocalName == "row")
            {
                ct.ThrowIfCancellationRequested();
                if (++rows > maxRows + 1)
                {
                    return UiText.Format("The workbook has more than {0:N0} rows. Split the list into smaller files.", maxRows);
                }
                cells = 0;
            }
            else if (xml.LocalName == "c")
            {
                var column = ColumnNumber(xml.GetAttribute("r"));
                if (++cells > MaxColumns || column > MaxColumns)
                {
                    return UiText.Format("The workbook has more than {0} columns; the staff template has {1}. Delete the extra columns, or save it as CSV UTF-8.", MaxColumns, Employees.EmployeeColumns.All.Count);
                }
            }
            else if (xml.LocalName == "t" || xml.LocalName == "v" || xml.LocalName == "f")
            {
                if (LongText(xml, ref budget) is { } problem)
                {
                    return problem;
                }
            }
        }
        return null;
    }

    private static string? CheckStrings(Stream stream, ref long budget, CancellationToken ct)
    {
        using var xml = Reader(stream);
        var count = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                if (++count % 1000 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }
                if (LongText(xml, ref budget) is { } problem)
                {
                    return problem;
                }
            }
        }
        return null;
    }

    /// <summary>Reads an element's text in pieces, so a 1.5 GB string is refused after its first 32 KB.</summary>
    private static string? LongText(XmlReader xml, ref long budget)
    {
        if (xml.IsEmptyElement || !xml.Read())
        {
            return null;
        }
        if (xml.NodeType is not (XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA))
        {
            return null;
        }
        var buffer = new char[4096];
        long length = 0;
        int read;
        while ((read = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
        {
            length += read;
            budget -= read;
            if (length > MaxCellText)
            {
                return UiText.Format("A cell of the workbook holds more than {0:N0} characters, more than Excel allows. This is not a staff list.", MaxCellText);
            }
            if (budget < 0)
            {
                return TooBig;
            }
        }
        return null;
    }

    /// <summary>"XFD12" → 16384; 0 when there is no reference.</summary>
    private static int ColumnNumber(string? reference)
    {
        var number = 0;
        foreach (var c in reference ?? "")
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }
            number = number * 26 + (c - 'A' + 1);
            if (number > 100_000)
            {
                break;
            }
        }
        return number;
    }
}
