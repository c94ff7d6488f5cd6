using System.Net;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Duties;

/// <summary>The duty pages, prints and files are authorized by policy on the server: an office clerk and a nodal officer are refused.</summary>
public sealed class DutyAuthorizationTests : IClassFixture<DutyAuthorizationTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public AppFactory App { get; } = new();

        public async Task InitializeAsync()
        {
            foreach (var role in new[] { Roles.Admin, Roles.Observer, Roles.OfficeOperator, Roles.NodalOfficer })
            {
                await App.CreateUserAsync($"duty-{role.ToLowerInvariant()}", role);
            }
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    private readonly AppFactory _app;

    public DutyAuthorizationTests(Fixture fixture) => _app = fixture.App;

    public static readonly TheoryData<string> AdminOnly =
    [
        "/duties/person", "/duties/lists", "/duties/replacements", "/duties/export/sectors.csv", "/duties/export/duties.csv",
        "/duties/print/orders?duty=sector", "/duties/print/magistrates", "/duties/print/routes", "/duties/print/micro-sheet",
    ];

    public static readonly TheoryData<string> DrawViewers = ["/duties", "/duties/sectors", "/duties/draw/12"];

    [Theory]
    [MemberData(nameof(AdminOnly))]
    public async Task Admin_only_duty_pages_and_files_refuse_the_clerk_the_nodal_officer_and_the_observer(string path)
    {
        foreach (var role in new[] { Roles.OfficeOperator, Roles.NodalOfficer, Roles.Observer })
        {
            await AssertRefusedAsync(role, path);
        }
        using var admin = await _app.SignedInClientAsync("duty-admin");
        var response = await admin.GetAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"Admin got {(int)response.StatusCode} for {path}");
    }

    [Theory]
    [MemberData(nameof(DrawViewers))]
    public async Task Duty_draw_and_sector_pages_are_for_the_admin_and_the_observer_only(string path)
    {
        foreach (var role in new[] { Roles.OfficeOperator, Roles.NodalOfficer })
        {
            await AssertRefusedAsync(role, path);
        }
        foreach (var role in new[] { Roles.Admin, Roles.Observer })
        {
            using var client = await _app.SignedInClientAsync($"duty-{role.ToLowerInvariant()}");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
    }

    private async Task AssertRefusedAsync(string role, string path)
    {
        using var client = await _app.SignedInClientAsync($"duty-{role.ToLowerInvariant()}");
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{role} got {(int)response.StatusCode} for {path}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
        }
    }
}
