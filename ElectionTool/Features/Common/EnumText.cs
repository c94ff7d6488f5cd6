using System.Globalization;
using System.Resources;
using ElectionTool.Resources;

namespace ElectionTool.Features.Common;

/// <summary>Reads enum values typed by people: "State Govt", "state-govt" and "StateGovt" are the same.</summary>
public static class EnumText
{
    /// <summary>
    /// The interface texts looked up whatever the letter case: an enum's words ("Third Gender", "Local Body") may
    /// meet a key that differs only in case ("Third gender"), and keys may never differ from each other only by case.
    /// </summary>
    private static readonly ResourceManager Texts = new("ElectionTool.Resources.SharedResource", typeof(SharedResource).Assembly) { IgnoreCase = true };

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var key = Squash(text);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Squash(candidate.ToString()) == key || Squash(Words(candidate)) == key || Squash(Display(candidate)) == key)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The values a file may hold, as typed in it (English: files are a data format).</summary>
    public static string Choices<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => Words(v)));

    /// <summary>A value as a screen shows it, in the user's language ("State PSU", "राज्य सार्वजनिक उपक्रम").</summary>
    public static string Display<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var words = Words(value);
        return Texts.GetString(words, CultureInfo.CurrentUICulture) is { Length: > 0 } text ? text : words;
    }

    /// <summary>"StatePsu" → "State PSU"-like words for templates and files.</summary>
    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var words = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                words.Append(' ');
            }
            words.Append(name[i]);
        }
        return words.ToString().Replace("Psu", "PSU", StringComparison.Ordinal); // English: enum words as typed in files (a data format); Display translates them
    }

    private static string Squash(string? text) =>
        new((text ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
