using Microsoft.Playwright;

namespace ElectionTool.Tests.Infrastructure;

/// <summary>A print page saved as an A4 PDF and read back as text, as a person checking the print-out would.</summary>
public static class PrintedText
{
    public static async Task<string> PdfTextAsync(this IPage page)
    {
        // A print page opened in a new tab may still be loading (a loaded CI machine): print it once it has loaded.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        return string.Join("\n", PdfPages.Text(pdf));
    }

    /// <summary>
    /// True when every word of a Devanagari <paramref name="name"/> is in the text. Words are compared by their consonants
    /// and independent vowels only: pdftotext may emit a vowel sign before its consonant, as the glyphs are drawn.
    /// </summary>
    public static bool ContainsDevanagariName(string text, string name)
    {
        var printed = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Letters).ToHashSet(StringComparer.Ordinal);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Letters).Where(w => w.Length > 0).ToList();
        return words.Count > 0 && words.All(printed.Contains);
    }

    public static bool IsDevanagari(string name) => name.Any(c => c is >= '\u0900' and <= '\u097F');

    private static string Letters(string word) => new(word.Where(c => c is >= '\u0904' and <= '\u0939').ToArray());
}
