using System.Diagnostics;
using System.Globalization;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>Reads a printed PDF with poppler-utils (pdfinfo, pdftotext), as a person checking the print-out would.</summary>
public static class PdfPages
{
    public static int Count(byte[] pdf)
    {
        var info = Run(pdf, file => ["pdfinfo", file]);
        var line = info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>The text of each page, in order (pdftotext separates pages with form feeds).</summary>
    public static IReadOnlyList<string> Text(byte[] pdf) =>
        Run(pdf, file => ["pdftotext", "-layout", file, "-"]).Split('\f').SkipLast(1).ToList();

    private static string Run(byte[] pdf, Func<string, string[]> command)
    {
        var file = Path.Combine(Path.GetTempPath(), $"et-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var words = command(file);
            var start = new ProcessStartInfo(words[0]) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in words.Skip(1))
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
