using System.Text;
using ElectionTool.Resources;

namespace ElectionTool.Features.Draw;

/// <summary>
/// The seed announced in the hall, as the engine gets it: leading and trailing whitespace removed and every run
/// of inner whitespace (spaces, tabs, line breaks) made one space. "  3 1  4\t1 " becomes "3 1 4 1". Nothing else
/// changes (no case folding, no Unicode normalization), so what is shown on the projector is what was hashed.
/// </summary>
public static class DrawSeed
{
    public const int MaxLength = 200;

    public static string Normalize(string? text)
    {
        var builder = new StringBuilder();
        var space = false;
        foreach (var c in (text ?? "").Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Null when the seed can be used, else why not.</summary>
    public static string? Problem(string normalized) => normalized.Length switch
    {
        0 => UiText.Of("Enter the seed announced in the hall (e.g. the digits of the dice thrown by the Observer)."),
        > MaxLength => UiText.Format("The seed is longer than {0} characters.", MaxLength),
        _ => null,
    };
}
