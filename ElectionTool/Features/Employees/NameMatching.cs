using System.Globalization;
using System.Text;

namespace ElectionTool.Features.Employees;

/// <summary>
/// Reduces names to a key that ignores case, spacing, punctuation, honorifics and common transliteration
/// variants ("Shrivastava"/"Srivastav"), and scores how alike two keys are. Latin and Devanagari are each
/// matched within their own script.
/// </summary>
public static class NameMatching
{
    private static readonly string[] Honorifics = ["shri", "smt", "sri", "mr", "mrs", "ms", "dr", "kumari", "km", "late", "श्री", "श्रीमती", "सुश्री", "डॉ", "स्व"];

    private static readonly (string From, string To)[] Variants =
    [
        ("shr", "sr"), ("sh", "s"), ("aa", "a"), ("ee", "i"), ("oo", "u"), ("ph", "f"), ("w", "v"), ("z", "j"),
        ("y", "i"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("bh", "b"), ("ck", "k"), ("q", "k"),
    ];

    public const double NearDuplicateThreshold = 0.85;

    public static string Key(string name)
    {
        var words = name.ToLowerInvariant().Normalize(NormalizationForm.FormC)
            .Split([' ', '.', ',', '-', '\'', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Honorifics.Contains(w));
        var joined = new StringBuilder();
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                // Drop nukta and other combining marks so "ज़" and "ज" compare equal.
                if (c == '\u093C' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                {
                    continue;
                }
                if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                {
                    joined.Append(c);
                }
            }
        }
        var key = joined.ToString();
        foreach (var (from, to) in Variants)
        {
            key = key.Replace(from, to, StringComparison.Ordinal);
        }
        // A trailing short vowel is often dropped in transliteration: "Srivastava" / "Srivastav".
        return key.Length > 3 && key.EndsWith('a') ? key[..^1] : key;
    }

    /// <summary>1 for identical keys, 0 for nothing in common (normalized edit distance).</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }
        var distance = Levenshtein(a, b);
        return 1.0 - (double)distance / Math.Max(a.Length, b.Length);
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
