using System.Globalization;
using ElectionTool.Features.Language;

namespace ElectionTool.Tests.Features.Language;

/// <summary>Runs a piece of a test as a user whose language is Hindi (or English), then puts the culture back.</summary>
internal sealed class InLanguage : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public InLanguage(string name, bool devanagariDigits = false)
    {
        var culture = AppCultures.Create(name, devanagariDigits);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public static InLanguage Hindi(bool devanagariDigits = false) => new(AppCultures.Hindi, devanagariDigits);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
