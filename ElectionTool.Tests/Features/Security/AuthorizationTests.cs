using System.Net;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Security;

/// <summary>Roles are enforced by policy on the server, not by hiding links: direct requests are refused.</summary>
public sealed class AuthorizationTests : IClassFixture<AuthorizationTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public AppFactory App { get; } = new();

        public async Task InitializeAsync()
        {
            foreach (var role in Roles.All)
            {
                await App.CreateUserAsync($"user-{role.ToLowerInvariant()}", role);
            }
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    private readonly AppFactory _app;

    public AuthorizationTests(Fixture fixture) => _app = fixture.App;

    public static readonly TheoryData<string> AdminOnly =
    [
        "/masters/departments", "/masters/offices", "/masters/constituencies", "/masters/local-bodies", "/masters/stations",
        "/elections", "/accounts", "/audit", "/settings", "/masters/departments/template.csv",
        $"/accounts/slips/{Guid.Empty}",
    ];

    [Theory]
    [MemberData(nameof(AdminOnly))]
    public async Task Admin_pages_and_endpoints_refuse_every_other_role(string path)
    {
        foreach (var role in new[] { Roles.NodalOfficer, Roles.OfficeOperator, Roles.Observer })
        {
            using var client = await _app.SignedInClientAsync($"user-{role.ToLowerInvariant()}");
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} got {(int)response.StatusCode} for {path}");
            Assert.Contains("/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
        }
        using var admin = await _app.SignedInClientAsync("user-admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/masters/offices")]
    [InlineData("/masters/departments/template.csv")]
    public async Task Anonymous_requests_are_sent_to_sign_in(string path)
    {
        using var client = _app.NewClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/Identity/Account/ForgotPassword")]
    [InlineData("/Identity/Account/ExternalLogin")]
    [InlineData("/Identity/Account/Manage/DeletePersonalData")]
    [InlineData("/Identity/Account/Manage/Email")]
    public async Task Self_registration_and_email_flows_do_not_exist(string path)
    {
        using var client = await _app.SignedInClientAsync("user-observer");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_offers_no_registration_link()
    {
        using var client = _app.NewClient();
        var html = await client.GetStringAsync("/Identity/Account/Login");
        Assert.DoesNotContain("Register", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Test District", html);
    }

    [Fact]
    public async Task Pages_are_not_cached_by_the_browser()
    {
        using var client = await _app.SignedInClientAsync("user-admin");
        var response = await client.GetAsync("/masters/departments");
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store expected");
    }
}
