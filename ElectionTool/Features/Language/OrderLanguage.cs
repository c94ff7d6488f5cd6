using ElectionTool.Resources;
using Microsoft.AspNetCore.Components;

namespace ElectionTool.Features.Language;

/// <summary>
/// The language of a printed order or notice: the user's, or Hindi above English when the district prints orders
/// bilingually (<c>District:BilingualOrders</c>). Appointment orders and show-cause notices read the setting here.
/// </summary>
public static class OrderLanguage
{
    /// <summary>A text of an order, its placeholders filled as plain text.</summary>
    public static RenderFragment Text(bool bilingual, string english, params object[] args) =>
        InEach(bilingual, culture => builder => builder.AddContent(0, culture is null ? UiText.Format(english, args) : UiText.In(culture, english, args)));

    /// <summary>A whole sentence of an order or notice, its filled-in parts in bold (<see cref="EmphasisedText"/>).</summary>
    public static RenderFragment Emphasised(bool bilingual, string english, params object[] args) =>
        InEach(bilingual, culture => EmphasisedText.Render(culture is null ? UiText.Of(english) : UiText.In(culture, english), args));

    /// <summary>The user's language (culture null), or a Hindi line above an English one.</summary>
    private static RenderFragment InEach(bool bilingual, Func<string?, RenderFragment> text) => builder =>
    {
        if (!bilingual)
        {
            builder.AddContent(0, text(null));
            return;
        }
        builder.AddContent(1, Line("hi", text(AppCultures.Hindi)));
        builder.OpenElement(2, "br");
        builder.CloseElement();
        builder.AddContent(3, Line("en", text(AppCultures.English)));
    };

    private static RenderFragment Line(string lang, RenderFragment text) => builder =>
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "lang", lang);
        builder.AddContent(2, text);
        builder.CloseElement();
    };
}
