using System.Net;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Tour;

/// <summary>A new install holds nothing yet: every page must still open (with its empty state), never fail.</summary>
public sealed class EmptyDistrictTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync() => await _app.CreateUserAsync("first-admin", Roles.Admin);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/masters/departments")]
    [InlineData("/masters/offices")]
    [InlineData("/masters/constituencies")]
    [InlineData("/masters/local-bodies")]
    [InlineData("/masters/stations")]
    [InlineData("/elections")]
    [InlineData("/employees")]
    [InlineData("/employees/duplicates")]
    [InlineData("/exemptions")]
    [InlineData("/accounts")]
    [InlineData("/audit")]
    [InlineData("/settings")]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/projector")]
    [InlineData("/pending")]
    [InlineData("/draw")]
    [InlineData("/draw/1")]
    [InlineData("/draw/2")]
    [InlineData("/draw/3")]
    [InlineData("/draw/verify")]
    [InlineData("/draw/replacements")]
    [InlineData("/draw/print/orders")]
    [InlineData("/draw/print/allotment")]
    [InlineData("/draw/print/parties")]
    [InlineData("/draw/print/training")]
    [InlineData("/draw/1/live")]
    [InlineData("/offices/NOPE/staff")]
    public async Task Every_admin_page_opens_on_an_empty_database(string path)
    {
        using var client = await _app.SignedInClientAsync("first-admin");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("An unhandled exception", html);
    }

    [Theory]
    [InlineData("/draw/export/parties.csv")]
    [InlineData("/draw/export/allotments.xlsx")]
    [InlineData("/draw/export/training.csv")]
    [InlineData("/employees/export.csv")]
    [InlineData("/employees/export.xlsx")]
    [InlineData("/pending/export.csv")]
    [InlineData("/staff/template.xlsx")]
    [InlineData("/masters/offices/template.csv")]
    public async Task Every_download_answers_on_an_empty_database(string path)
    {
        using var client = await _app.SignedInClientAsync("first-admin");

        var response = await client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.Conflict,
            $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
