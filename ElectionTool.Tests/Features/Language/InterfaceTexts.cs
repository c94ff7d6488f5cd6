using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ElectionTool.Tests.Features.Language;

/// <summary>The two resource files and the texts the code asks them for.</summary>
internal static partial class InterfaceTexts
{
    public static IReadOnlyDictionary<string, string> English { get; } = Load("SharedResource.resx");

    public static IReadOnlyDictionary<string, string> Hindi { get; } = Load("SharedResource.hi.resx");

    /// <summary>Every literal key in <c>L["…"]</c>, <c>UiText.Of("…")</c> and <c>UiText.Format("…")</c>, with the file asking.</summary>
    public static IEnumerable<(string File, string Key)> Requested()
    {
        foreach (var file in RepositoryFiles.Markup().Concat(RepositoryFiles.Code()))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in RequestPattern().Matches(text))
            {
                yield return (RepositoryFiles.Relative(file), Regex.Unescape(m.Groups[1].Value));
            }
        }
    }

    /// <summary>The numbered placeholders of a text: "{0} of {1:N0}" → {0, 1}.</summary>
    public static IReadOnlySet<int> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

    private static Dictionary<string, string> Load(string name)
    {
        var path = Path.Combine(RepositoryFiles.App, "Resources", name);
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
    }

    [GeneratedRegex("""(?:\bL\[|\bT\(|UiText\.(?:Of|Format)\()\s*"((?:[^"\\]|\\.)*)"[\],)]""")]
    private static partial Regex RequestPattern();

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
