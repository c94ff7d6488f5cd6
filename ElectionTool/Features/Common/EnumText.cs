namespace ElectionTool.Features.Common;

/// <summary>Reads enum values typed by people: "State Govt", "state-govt" and "StateGovt" are the same.</summary>
public static class EnumText
{
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        var key = Squash(text);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Squash(candidate.ToString()) == key || Squash(Display(candidate)) == key)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static string Choices<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => Display(v)));

    /// <summary>"StatePsu" → "State PSU"-like words for screens and templates.</summary>
    public static string Display<TEnum>(TEnum value) where TEnum : struct, Enum
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
        return words.ToString().Replace("Psu", "PSU", StringComparison.Ordinal).Replace("Govt", "Govt", StringComparison.Ordinal);
    }

    private static string Squash(string? text) =>
        new((text ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
