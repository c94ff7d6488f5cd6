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
        var supported = Supported(name) ?? English;
        var culture = devanagariDigits && supported == Hindi
            ? new DevanagariDigitsCulture(supported)
            : (CultureInfo)CultureInfo.GetCultureInfo(supported).Clone();
        culture.DateTimeFormat.ShortDatePattern = DatePattern;
        culture.DateTimeFormat.DateSeparator = "-";
        culture.NumberFormat.DigitSubstitution = devanagariDigits && culture.Name == Hindi ? DigitShapes.NativeNational : DigitShapes.None;
        return culture;
    }

    public static bool IsHindi(CultureInfo culture) => culture.TwoLetterISOLanguageName == "hi";
}

/// <summary>
/// Hindi with Devanagari digits. Composite formatting in this culture (the localizer with arguments, <c>UiText.Format</c>) writes
/// every number and date argument with ०–९; text arguments (names, codes, EPIC, mobile numbers) are data and stay as
/// they are. A number put on a page directly goes through <see cref="IndianFormat"/>.
/// </summary>
public sealed class DevanagariDigitsCulture(string name) : CultureInfo(name, useUserOverride: false), ICustomFormatter
{
    public override object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : base.GetFormat(formatType);

    public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
    {
        null => "",
        string text => text,
        IFormattable value when IsQuantity(value) => IndianFormat.ToDevanagari(value.ToString(format, this)),
        IFormattable value => value.ToString(format, this),
        _ => arg.ToString() ?? "",
    };

    private static bool IsQuantity(IFormattable value) => value is int or long or short or byte or uint or ulong or ushort or decimal or double or float
        or DateTime or DateOnly or DateTimeOffset or TimeOnly or TimeSpan;
}
