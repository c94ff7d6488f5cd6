using System.Globalization;

namespace ElectionTool.Features.Language;

/// <summary>
/// The two interface languages. Both are Indian cultures, so numbers group as 1,23,456; dates read dd-mm-yyyy in
/// both. Hindi may show Devanagari digits (a district setting), marked on the culture's digit substitution.
/// </summary>
public static class AppCultures
{
    public const string English = "en-IN";
    public const string Hindi = "hi-IN";
    public const string DatePattern = "dd-MM-yyyy";

    public static IReadOnlyList<string> Names { get; } = [English, Hindi];

    /// <summary>The supported name for <paramref name="name"/> ("hi", "hi-IN", "HI-in" → "hi-IN"), or null.</summary>
    public static string? Supported(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var trimmed = name.Trim();
        return Names.FirstOrDefault(n => n.Equals(trimmed, StringComparison.OrdinalIgnoreCase)
            || n[..2].Equals(trimmed, StringComparison.OrdinalIgnoreCase));
    }

    public static CultureInfo Create(string name, bool devanagariDigits)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(Supported(name) ?? English).Clone();
        culture.DateTimeFormat.ShortDatePattern = DatePattern;
        culture.DateTimeFormat.DateSeparator = "-";
        culture.NumberFormat.DigitSubstitution = devanagariDigits && culture.Name == Hindi ? DigitShapes.NativeNational : DigitShapes.None;
        return culture;
    }

    public static bool IsHindi(CultureInfo culture) => culture.TwoLetterISOLanguageName == "hi";
}
