using System.Net;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace ElectionTool.Tests.Features.Security;

/// <summary>Every account page, as every role and as nobody: never an HTTP 500, always "Sign in" wording.</summary>
public sealed class IdentityPagesTests : IClassFixture<IdentityPagesTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public AppFactory App { get; } = new();

        public async Task InitializeAsync()
        {
            foreach (var role in Roles.All)
            {
                await App.CreateUserAsync($"walk-{role.ToLowerInvariant()}", role);
            }
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    private readonly AppFactory _app;

    public IdentityPagesTests(Fixture fixture) => _app = fixture.App;

    public static readonly TheoryData<string> Walkers = ["anonymous", .. Roles.All];

    [Theory]
    [MemberData(nameof(Walkers))]
    public async Task No_account_page_fails_with_a_server_error(string role)
    {
        using var client = role == "anonymous" ? _app.NewClient() : await _app.SignedInClientAsync($"walk-{role.ToLowerInvariant()}");
        var pages = AppEndpoints.All(_app).Where(e => e.Endpoint.Metadata.GetMetadata<PageActionDescriptor>()?.AreaName == "Identity").ToList();
        Assert.Contains(pages, p => p.Url == "/Identity/Account/LoginWith2fa");
        Assert.Contains(pages, p => p.Url == "/Identity/Account/Manage/Disable2fa");

        var failures = new List<string>();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page.Url);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{page.Url}: {(int)response.StatusCode}");
            }
            if (body.Contains("Log in", StringComparison.OrdinalIgnoreCase) || body.Contains("logged out", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{page.Url}: says \"log in\"; the app says \"Sign in\"");
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("/Identity/Account/LoginWith2fa")]
    [InlineData("/Identity/Account/LoginWithRecoveryCode")]
    public async Task Two_factor_sign_in_pages_without_a_sign_in_under_way_go_back_to_sign_in(string path)
    {
        using var client = _app.NewClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/Identity/Account/Manage/Disable2fa")]
    [InlineData("/Identity/Account/Manage/GenerateRecoveryCodes")]
    public async Task Two_factor_pages_for_a_user_without_two_factor_answer_not_found(string path)
    {
        using var client = await _app.SignedInClientAsync("walk-observer");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_access_denied_page_offers_the_way_home_and_sign_out()
    {
        using var client = await _app.SignedInClientAsync("walk-observer");

        var denied = await client.GetAsync("/settings");
        var html = await client.GetStringAsync(denied.Headers.Location!);

        Assert.Contains("href=\"/\"", html);
        Assert.Contains("Sign out", html);
    }
}
