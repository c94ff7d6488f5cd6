using System.Net;
using ElectionTool.Features.Accounts.Gate;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Security;

/// <summary><c>Security:RequireTwoFactorFor</c> names roles that must set up an authenticator; others are not asked.</summary>
public sealed class TwoFactorByRoleTests : IAsyncLifetime
{
    private readonly AppFactory _app = new AppFactory()
        .WithSetting("Election:RequireTwoFactorForAdmin", "false")
        .WithSetting("Security:RequireTwoFactorFor:0", Roles.NodalOfficer);

    public async Task InitializeAsync()
    {
        await _app.CreateUserAsync("nodal", Roles.NodalOfficer);
        await _app.CreateUserAsync("observer", Roles.Observer);
        await _app.CreateUserAsync("it-admin", Roles.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_nodal_officer_without_an_authenticator_reaches_only_the_account_pages()
    {
        using var nodal = await _app.SignedInClientAsync("nodal");

        foreach (var path in new[] { "/", "/dashboard", "/pending", "/dashboard/projector" })
        {
            var response = await nodal.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(AccountSteps.TwoFactorPath, response.Headers.Location!.ToString());
        }
        Assert.Equal(HttpStatusCode.OK, (await nodal.GetAsync(AccountSteps.TwoFactorPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nodal.GetAsync("/Identity/Account/Manage/EnableAuthenticator")).StatusCode);
    }

    [Theory]
    [InlineData("observer", "/dashboard")]
    [InlineData("it-admin", "/settings")]
    public async Task Roles_the_setting_does_not_name_are_not_asked(string userName, string path)
    {
        using var client = await _app.SignedInClientAsync(userName);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }
}
