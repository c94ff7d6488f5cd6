using System.Net;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Maps;

/// <summary>The map pages are authorized on the server: import and checks for the Admin; map and route charts for the dashboard viewers.</summary>
public sealed class MapAuthorizationTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync()
    {
        foreach (var role in Roles.All)
        {
            await _app.CreateUserAsync($"map-{role.ToLowerInvariant()}", role);
        }
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpStatusCode> GetAsync(string role, string path)
    {
        using var client = await _app.SignedInClientAsync($"map-{role.ToLowerInvariant()}");
        var response = await client.GetAsync(path);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("AccessDenied") ? HttpStatusCode.Forbidden : response.StatusCode;
    }

    [Theory]
    [InlineData("/maps/import")]
    [InlineData("/maps/checks")]
    public async Task Import_and_checks_are_for_the_Admin_only(string path)
    {
        Assert.Equal(HttpStatusCode.OK, await GetAsync(Roles.Admin, path));
        foreach (var role in new[] { Roles.NodalOfficer, Roles.Observer, Roles.OfficeOperator, Roles.TrainingDesk })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await GetAsync(role, path));
        }
    }

    [Theory]
    [InlineData("/maps")]
    [InlineData("/maps/print")]
    [InlineData("/maps/route-charts")]
    public async Task The_map_and_route_charts_are_read_only_views_for_observers_and_nodal_officers_not_offices(string path)
    {
        foreach (var role in new[] { Roles.Admin, Roles.Observer, Roles.NodalOfficer })
        {
            Assert.Equal(HttpStatusCode.OK, await GetAsync(role, path));
        }

        Assert.Equal(HttpStatusCode.Forbidden, await GetAsync(Roles.OfficeOperator, path));
        using var anonymous = _app.NewClient();
        var response = await anonymous.GetAsync(path);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location!.ToString());
    }
}
