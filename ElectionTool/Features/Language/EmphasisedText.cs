using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace ElectionTool.Features.Language;

/// <summary>
/// A translated sentence whose filled-in parts (a name, a date, a command) print in bold: one text for translators,
/// so each language puts the parts where its word order needs them instead of the sentence being cut into pieces.
/// </summary>
public static partial class EmphasisedText
{
    /// <summary>The template (already in its language) with each <c>{0}</c>, <c>{1}</c>… drawn as its argument in bold.</summary>
    public static RenderFragment Render(string template, params object[] args) => builder =>
    {
        var at = 0;
        foreach (Match hole in Hole().Matches(template))
        {
            builder.AddContent(0, template[at..hole.Index]);
            builder.OpenElement(1, "b");
            // Formatted as a message's argument is, so a number follows District:DevanagariDigits too.
            builder.AddContent(2, string.Format(CultureInfo.CurrentCulture, "{0}", args[int.Parse(hole.Groups[1].Value, CultureInfo.InvariantCulture)]));
            builder.CloseElement();
            at = hole.Index + hole.Length;
        }
        builder.AddContent(3, template[at..]);
    };

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Hole();
}
