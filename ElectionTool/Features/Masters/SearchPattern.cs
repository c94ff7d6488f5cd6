namespace ElectionTool.Features.Masters;

/// <summary>
/// A LIKE pattern for "contains", used instead of string.Contains because SQLite's LIKE ignores case, so
/// "ac-07" or "narela" finds what people mean. Wildcards typed by the user are matched literally.
/// </summary>
public static class SearchPattern
{
    public const string Escape = "\\";

    public static string Contains(string term) =>
        "%" + term.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
}
