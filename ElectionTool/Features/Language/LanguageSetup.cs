using System.Security.Claims;
using ElectionTool.Hosting;
using ElectionTool.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Language;

/// <summary>
/// Request localization (cookie, else the district's default language) and the
/// language switch: <c>POST /language</c> remembers the choice in the cookie and, when signed in, on the account.
/// </summary>
public static class LanguageSetup
{
    public static IServiceCollection AddElectionLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddScoped<UserLanguageService>();
        // After AddMudServices: the last registration wins, so MudBlazor asks our resources first.
        services.AddTransient<MudBlazor.MudLocalizer, MudTexts>();
        services.AddOptions<RequestLocalizationOptions>().Configure<IOptions<DistrictOptions>>((options, district) =>
        {
            var digits = district.Value.DevanagariDigits;
            var cultures = AppCultures.Names.Select(n => AppCultures.Create(n, digits)).ToList();
            var fallback = AppCultures.Supported(district.Value.DefaultLanguage) ?? AppCultures.English;
            options.DefaultRequestCulture = new RequestCulture(cultures.First(c => c.Name == fallback));
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = false;
            options.FallBackToParentUICultures = false;
            // The user's choice only: a browser's Accept-Language says little about a clerk on a shared computer.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/language", async ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext http,
            UserLanguageService users, CancellationToken ct) =>
        {
            if (AppCultures.Supported(culture) is not { } chosen)
            {
                return Results.BadRequest(UiText.Format("'{0}' is not a language of this app: use {1} or {2}.", culture, AppCultures.English, AppCultures.Hindi));
            }
            LanguageCookie.Write(http.Response, chosen);
            if (http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
            {
                await users.SaveAsync(userId, chosen, ct);
            }
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous();
        return endpoints;
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
