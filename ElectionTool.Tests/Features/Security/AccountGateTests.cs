using System.Net;
using ElectionTool.Features.Accounts.Gate;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Security;

/// <summary>
/// Until the one-time password is changed, and (for an Admin, when required) an authenticator is set up, the user
/// reaches nothing but the page that completes that step: every routable page, download, export, print page,
/// circuit hub and endpoint of the app is walked, straight from its endpoint data source.
/// </summary>
public sealed class AccountGateTests : IAsyncLifetime
{
    private readonly AppFactory _app = new AppFactory().WithSetting("Election:RequireTwoFactorForAdmin", "true")
        .WithSetting("Security:RequireTwoFactorFor:0", Roles.NodalOfficer);

    public async Task InitializeAsync()
    {
        await _app.CreateUserAsync("fresh-admin", Roles.Admin, mustChangePassword: true);
        await _app.CreateUserAsync("fresh-nodal", Roles.NodalOfficer, mustChangePassword: true);
        await _app.CreateUserAsync("admin-without-2fa", Roles.Admin);
        await _app.CreateUserAsync("nodal-without-2fa", Roles.NodalOfficer);
        await _app.CreateUserAsync("observer", Roles.Observer);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("fresh-admin", AccountStep.ChangePassword)]
    [InlineData("fresh-nodal", AccountStep.ChangePassword)]
    [InlineData("admin-without-2fa", AccountStep.EnableTwoFactor)]
    [InlineData("nodal-without-2fa", AccountStep.EnableTwoFactor)]
    public async Task A_user_with_a_pending_step_is_refused_every_page_and_endpoint_but_that_step(string userName, AccountStep step)
    {
        using var client = await _app.SignedInClientAsync(userName);
        var endpoints = AppEndpoints.All(_app);
        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} endpoints found");
        Assert.Contains(endpoints, e => e.Url == "/employees/export.csv");
        Assert.Contains(endpoints, e => e.Url.StartsWith("/_blazor", StringComparison.Ordinal));

        var leaks = new List<string>();
        foreach (var endpoint in endpoints.Where(e => !e.AllowsAnonymous || e.Endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.SignalR.HubMetadata>() is not null))
        {
            var allowed = endpoint.Endpoint.Metadata.OfType<AccountStepPage>().Any(p => p.Steps.Contains(step));
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url);
            using var response = await client.SendAsync(request);
            var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Identity/Account/", StringComparison.Ordinal));
            if (!allowed && !refused)
            {
                leaks.Add($"{endpoint} answered {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.True(leaks.Count == 0, $"{userName} ({step}) reached:\n" + string.Join('\n', leaks));
    }

    [Fact]
    public async Task A_gated_page_request_is_sent_to_the_step_that_opens_the_app()
    {
        using var fresh = await _app.SignedInClientAsync("fresh-admin");
        using var no2fa = await _app.SignedInClientAsync("admin-without-2fa");

        var first = await fresh.GetAsync("/employees");
        var second = await no2fa.GetAsync("/settings");

        Assert.Equal(AccountSteps.ChangePasswordPath, first.Headers.Location!.ToString());
        Assert.Equal(AccountSteps.TwoFactorPath, second.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync(AccountSteps.ChangePasswordPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await no2fa.GetAsync("/Identity/Account/Manage/EnableAuthenticator")).StatusCode);
    }

    [Fact]
    public void Anonymous_requests_reach_only_static_files_and_the_sign_in_pages()
    {
        var anonymous = AppEndpoints.All(_app).Where(e => e.AllowsAnonymous && !e.IsStaticFile).Select(e => e.Url).ToList();

        Assert.All(anonymous, url => Assert.True(
            // Sign-in pages; the error pages; Blazor's own script plumbing (no data).
            url.StartsWith("/Identity/Account/", StringComparison.Ordinal) || url is "/Error" or "/Identity/Error" or "/not-found"
                || url.StartsWith("/_framework/", StringComparison.Ordinal) || url.StartsWith("/_blazor/", StringComparison.Ordinal)
                // The employee's duty look-up: public by design, it shows data only after a one-time code to the mobile on record.
                || url is "/my-duty" or "/my-duty/order"
                // The language switch on the sign-in page: sets the culture cookie (and the account's choice when signed in).
                || url is "/language"
                // The load balancer's health check: "Healthy" or "Unhealthy", nothing about the data.
                || url is "/health"
                // The API reference page's own script and icon (no data; the page itself and the document are Admin only).
                || url is "/api/reference/scalar.js" or "/api/reference/scalar.aspnetcore.js" or "/api/reference/favicon.svg",
            $"{url} is open to anyone: mark it [Authorize] or add it here with the reason"));
    }

    [Fact]
    public async Task A_user_with_no_pending_step_still_reaches_their_pages()
    {
        using var client = await _app.SignedInClientAsync("observer");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/draw")).StatusCode);
    }

    [Fact]
    public async Task The_step_pages_say_why_the_user_is_there()
    {
        using var fresh = await _app.SignedInClientAsync("fresh-admin");
        using var no2fa = await _app.SignedInClientAsync("admin-without-2fa");

        var password = await fresh.GetStringAsync(AccountSteps.ChangePasswordPath);
        var twoFactor = await no2fa.GetStringAsync(AccountSteps.TwoFactorPath);
        var enable = await no2fa.GetStringAsync("/Identity/Account/Manage/EnableAuthenticator");

        Assert.Contains("one-time password", password);
        Assert.Contains("account-step-why", password);
        Assert.Contains("authenticator app", twoFactor);
        Assert.Contains("account-step-why", twoFactor);
        Assert.Contains("account-step-why", enable);
    }
}
