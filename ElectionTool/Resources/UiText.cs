using System.Globalization;
using System.Resources;

namespace ElectionTool.Resources;

/// <summary>
/// The interface texts for code that has no <c>IStringLocalizer</c> at hand (the shared row validator, services'
/// messages): the same resources, in the current UI culture. The command line runs in English.
/// </summary>
public static class UiText
{
    private static readonly ResourceManager Texts = new("ElectionTool.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static string Of(string english) => Texts.GetString(english, CultureInfo.CurrentUICulture) is { Length: > 0 } text ? text : english;

    public static string Format(string english, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Of(english), args);

    /// <summary>A text in a given language whatever the user's (bilingual print-outs).</summary>
    public static string In(string culture, string english, params object?[] args)
    {
        var language = CultureInfo.GetCultureInfo(culture);
        var text = Texts.GetString(english, language) is { Length: > 0 } found ? found : english;
        return args.Length == 0 ? text : string.Format(language, text, args);
    }
}
