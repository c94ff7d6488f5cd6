using System.Globalization;

namespace ElectionTool.Features.Language;

/// <summary>
/// Numbers and dates as the interface shows them: Indian grouping (1,23,456), dd-mm-yyyy, and Devanagari digits
/// when the district turns them on for Hindi. Names, codes, EPICs and mobiles are data and are never converted.
/// </summary>
public static class IndianFormat
{
    public static string Number(long value) => Digits(value.ToString("N0", CultureInfo.CurrentCulture));

    public static string Number(decimal value, int decimals = 0) =>
        Digits(value.ToString("N" + decimals, CultureInfo.CurrentCulture));

    public static string Number(double value, int decimals = 0) =>
        Digits(value.ToString("N" + decimals, CultureInfo.CurrentCulture));

    public static string Date(DateOnly date) => Digits(date.ToString(AppCultures.DatePattern, CultureInfo.InvariantCulture));

    public static string Date(DateTime date) => Digits(date.ToString(AppCultures.DatePattern, CultureInfo.InvariantCulture));

    public static string Date(DateTimeOffset date) => Date(date.DateTime);

    public static string DateTime(DateTime at) => Digits(at.ToString(AppCultures.DatePattern + " HH:mm", CultureInfo.InvariantCulture));

    public static string DateTime(DateTimeOffset at) => DateTime(at.DateTime);

    /// <summary>Western digits to Devanagari (०–९) when the current culture asks for them; other text unchanged.</summary>
    public static string Digits(string text) =>
        CultureInfo.CurrentCulture.NumberFormat.DigitSubstitution == DigitShapes.NativeNational ? ToDevanagari(text) : text;

    /// <summary>Western digits to Devanagari (०–९), whatever the culture; other text unchanged.</summary>
    public static string ToDevanagari(string text)
    {
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '0' and <= '9' ? (char)('०' + (c - '0')) : c;
            }
        });
    }
}
