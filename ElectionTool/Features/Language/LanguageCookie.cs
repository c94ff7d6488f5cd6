using Microsoft.AspNetCore.Localization;

namespace ElectionTool.Features.Language;

/// <summary>The browser's remembered language: read by request localization, so the sign-in page follows it too.</summary>
public static class LanguageCookie
{
    public static string Name => CookieRequestCultureProvider.DefaultCookieName;

    public static void Write(HttpResponse response, string culture)
    {
        var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));
        response.Cookies.Append(Name, value, new CookieOptions
        {
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            IsEssential = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Path = "/",
        });
    }
}
