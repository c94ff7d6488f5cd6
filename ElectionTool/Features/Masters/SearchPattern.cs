namespace ElectionTool.Features.Masters;

/// <summary>
/// A LIKE pattern for "contains", so "ac-07" or "narela" finds what people mean, on SQLite and PostgreSQL alike:
/// callers match it against the column's <c>ToLower()</c> (SQL <c>lower()</c>), because PostgreSQL's LIKE heeds
/// case where SQLite's does not. The pattern folds A–Z only (as SQLite's lower() and LIKE do), so a SQLite search
/// finds exactly what it found before. Wildcards typed by the user are matched literally.
/// </summary>
public static class SearchPattern
{
    public const string Escape = "\\";

    public static string Contains(string term) =>
        "%" + FoldAscii(term).Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";

    private static string FoldAscii(string term) => string.Create(term.Length, term, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
        }
    });
}
