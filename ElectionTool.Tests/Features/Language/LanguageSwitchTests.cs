using System.Net;
using System.Text.RegularExpressions;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Language;

/// <summary>The language switch over real HTTP: kept in the browser's cookie and on the account, so it survives sign-out.</summary>
public sealed partial class LanguageSwitchTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync() => await _app.CreateUserAsync("clerk", Roles.Observer);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_sign_in_page_is_in_English_until_someone_chooses()
    {
        using var client = _app.NewClient();

        var page = await client.GetStringAsync("/Identity/Account/Login");

        Assert.Contains("Use the user name and password on your credential slip.", page);
        Assert.Contains("lang=\"en\"", page);
    }

    [Fact]
    public async Task Choosing_Hindi_on_the_sign_in_page_turns_the_sign_in_page_Hindi()
    {
        using var client = _app.NewClient();

        var response = await ChooseAsync(client, "hi-IN", "/Identity/Account/Login");
        var page = await client.GetStringAsync("/Identity/Account/Login");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Identity/Account/Login", response.Headers.Location!.OriginalString);
        Assert.Contains("अपनी लॉग-इन पर्ची पर लिखे उपयोगकर्ता नाम और पासवर्ड का उपयोग करें।", page);
        Assert.Contains("<html lang=\"hi\">", page);
    }

    [Fact]
    public async Task A_signed_in_users_choice_is_kept_on_the_account_and_set_again_at_the_next_sign_in()
    {
        using (var client = await _app.SignedInClientAsync("clerk"))
        {
            await ChooseAsync(client, "hi-IN", "/");
        }
        string? stored = null;
        await _app.WithDbAsync(async db => stored = await db.Users.Where(u => u.UserName == "clerk").Select(u => u.Language).SingleAsync());

        // Another browser, no cookie yet: signing in brings the account's language with it.
        using var fresh = _app.NewClient();
        var signIn = await fresh.PostLoginAsync("clerk", AppFactory.Password);
        var home = await fresh.GetStringAsync("/");

        Assert.Equal("hi-IN", stored);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Dhi-IN", StringComparison.Ordinal));
        Assert.Contains("मुख पृष्ठ", home);
    }

    [Fact]
    public async Task A_language_the_app_does_not_have_is_refused_with_a_reason()
    {
        using var client = _app.NewClient();

        var response = await ChooseAsync(client, "fr-FR", "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("en-IN or hi-IN", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_switch_never_sends_the_browser_to_another_site()
    {
        using var client = _app.NewClient();

        var response = await ChooseAsync(client, "hi-IN", "//evil.example/");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient client, string culture, string returnUrl)
    {
        var form = await client.GetStringAsync("/Identity/Account/Login");
        var token = Token().Match(form).Groups[1].Value;
        return await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = culture,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
