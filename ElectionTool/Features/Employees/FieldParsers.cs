using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ElectionTool.Resources;

namespace ElectionTool.Features.Employees;

/// <summary>Reads values the way clerks type them: Devanagari digits, several date styles, yes/no in two languages.</summary>
public static partial class FieldParsers
{
    private static readonly string[] DateFormats = ["dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    /// <summary>Devanagari digits (०–९) become ASCII digits; other text is unchanged.</summary>
    public static string AsciiDigits(string text)
    {
        if (!text.Any(c => c is >= '\u0966' and <= '\u096F'))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '\u0966' and <= '\u096F' ? (char)('0' + (c - '\u0966')) : c);
        }
        return builder.ToString();
    }

    public static string Clean(string? text) => AsciiDigits((text ?? "").Trim());

    public static bool TryDate(string text, out DateOnly date)
    {
        var value = Clean(text);
        if (DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>Why a date cell was not read: "there is no 31 February 1990" when the day is past the month's end.</summary>
    public static string NotADate(string text)
    {
        var match = DateParts().Match(Clean(text));
        if (match.Success)
        {
            var (first, second, third) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
            var (day, month, year) = match.Groups[1].Length == 4 ? (third, second, first) : (first, second, third);
            if (month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day > DateTime.DaysInMonth(year, month) && day <= 31)
            {
                var monthName = CultureInfo.CurrentCulture.DateTimeFormat.GetMonthName(month);
                return UiText.Format("'{0}': there is no {1} {2} {3}.", text.Trim(), day, monthName, year);
            }
        }
        return UiText.Format("'{0}' is not a date: use dd-mm-yyyy.", text.Trim());
    }

    public static bool TryInt(string text, out int value) =>
        int.TryParse(Clean(text).Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    public static bool? Bool(string text) => Clean(text).ToLowerInvariant() switch
    {
        "" => null,
        "true" or "yes" or "y" or "1" or "हाँ" or "हां" => true,
        "false" or "no" or "n" or "0" or "नहीं" => false,
        _ => null,
    };

    public static bool IsBool(string text) => string.IsNullOrWhiteSpace(text) || Bool(text) is not null;

    /// <summary>Accepts +91, spaces and dashes; returns the 10 digits, or null when it is not an Indian mobile.</summary>
    public static string? Mobile(string text)
    {
        var digits = new string(Clean(text).Where(char.IsDigit).ToArray());
        if (digits.Length == 12 && digits.StartsWith("91", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }
        else if (digits.Length == 11 && digits.StartsWith('0'))
        {
            digits = digits[1..];
        }
        return MobilePattern().IsMatch(digits) ? digits : null;
    }

    public static string? Epic(string text)
    {
        var value = Clean(text).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return EpicPattern().IsMatch(value) ? value : null;
    }

    public static string? Ifsc(string text)
    {
        var value = Clean(text).ToUpperInvariant();
        return IfscPattern().IsMatch(value) ? value : null;
    }

    public static bool IsEmail(string text) => EmailPattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")]
    private static partial Regex DateParts();

    [GeneratedRegex("^[6-9][0-9]{9}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex("^[A-Z]{3}[0-9]{7}$")]
    private static partial Regex EpicPattern();

    [GeneratedRegex("^[A-Z]{4}0[A-Z0-9]{6}$")]
    private static partial Regex IfscPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
