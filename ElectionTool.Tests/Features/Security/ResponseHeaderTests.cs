using System.Net;
using System.Text.RegularExpressions;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Security;

/// <summary>Security headers on every kind of response, and a sign-out that really ends the session.</summary>
public sealed partial class ResponseHeaderTests : IAsyncLifetime
{
    // Every request re-checks the cookie against the account, so a replay right after sign-out is tested.
    private readonly AppFactory _app = new AppFactory().WithSetting("Session:RevalidateSeconds", "0");

    public async Task InitializeAsync()
    {
        await _app.CreateUserAsync("head-admin", Roles.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/Identity/Account/Login", false)]
    [InlineData("/Identity/Account/AccessDenied", false)]
    [InlineData("/favicon.png", false)]
    [InlineData("/app.css", false)]
    [InlineData("/not-a-page", false)]
    [InlineData("/", true)]
    [InlineData("/employees", true)]
    [InlineData("/employees/export.csv", true)]
    [InlineData("/Identity/Account/Manage/ChangePassword", true)]
    public async Task Every_response_carries_nosniff_a_content_security_policy_and_a_referrer_policy(string path, bool signedIn)
    {
        using var client = signedIn ? await _app.SignedInClientAsync("head-admin") : _app.NewClient();

        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("connect-src 'self' ws: wss:", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';", csp);
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_import_map_carries_the_nonce_the_policy_allows()
    {
        using var client = await _app.SignedInClientAsync("head-admin");

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var nonce = NoncePattern().Match(Assert.Single(response.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;
        Assert.Contains($"nonce=\"{nonce}\"", html);
        Assert.Contains("type=\"importmap\"", html);
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        using var client = _app.NewClient();
        var signIn = await client.PostLoginAsync("head-admin", AppFactory.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("ElectionTool.Auth=", StringComparison.Ordinal));
        using var thief = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/employees")).StatusCode);

        var logoutForm = await client.GetStringAsync("/Identity/Account/Logout");
        var token = TokenPattern().Match(logoutForm).Groups[1].Value;
        var signOut = await client.PostAsync("/Identity/Account/Logout?returnUrl=/Identity/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var replay = await thief.GetAsync("/employees");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("/Identity/Account/Login", replay.Headers.Location!.ToString());
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
