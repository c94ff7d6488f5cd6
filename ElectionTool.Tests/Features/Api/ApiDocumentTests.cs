using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ElectionTool.Features.Integrations;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Api;

/// <summary>The OpenAPI document and reference page, and the per-key rate limit.</summary>
public sealed class ApiDocumentTests
{
    [Fact]
    public async Task The_openapi_document_lists_every_api_endpoint_and_only_the_admin_reads_it()
    {
        await using var app = new AppFactory();
        await app.CreateUserAsync("admin-1", Roles.Admin);
        await app.CreateUserAsync("observer-1", Roles.Observer);
        var admin = await app.SignedInClientAsync("admin-1");

        var document = JsonDocument.Parse(await admin.GetStringAsync("/openapi/v1.json")).RootElement;
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).Order().ToList();
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order().ToList();
        Assert.NotEmpty(mapped);
        Assert.Equal(mapped, documented);

        var observer = await app.SignedInClientAsync("observer-1");
        Assert.NotEqual(HttpStatusCode.OK, (await observer.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await app.NewClient().GetAsync("/api/reference")).StatusCode);
    }

    [Fact]
    public async Task The_reference_page_loads_its_script_from_the_app_itself()
    {
        await using var app = new AppFactory();
        await app.CreateUserAsync("admin-1", Roles.Admin);
        var admin = await app.SignedInClientAsync("admin-1");
        var redirect = await admin.GetAsync("/api/reference");
        // Scalar answers /api/reference with a relative redirect to /api/reference/.
        var pageUri = new Uri(new Uri("http://localhost/api/reference"), redirect.Headers.Location ?? new Uri("reference/", UriKind.Relative));
        var page = await admin.GetStringAsync(pageUri);
        Assert.DoesNotContain("cdn.jsdelivr", page);
        Assert.DoesNotContain("fonts.scalar.com", page);
        var script = System.Text.RegularExpressions.Regex.Match(page, "<script[^>]+src=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(script.StartsWith("http", StringComparison.Ordinal), script);
        var js = await admin.GetAsync(new Uri(pageUri, script));
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
    }

    [Fact]
    public async Task Calls_beyond_the_keys_limit_answer_429()
    {
        await using var app = new AppFactory().WithSetting("Api:PermitsPerMinute", "3");
        var issued = await app.WithScopeAsync(sp => sp.GetRequiredService<IntegrationService>()
            .CreateAsync(new IntegrationRequest("portal", [IntegrationScopes.StatusRead], [], [], null), default));
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Key);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/offices")).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Calls_refused_for_their_scope_count_against_the_keys_limit()
    {
        await using var app = new AppFactory().WithSetting("Api:PermitsPerMinute", "3");
        var issued = await app.WithScopeAsync(sp => sp.GetRequiredService<IntegrationService>()
            .CreateAsync(new IntegrationRequest("prober", [IntegrationScopes.StatusRead], [], [], null), default));
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Key);
        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/api/v1/draw/duties", "/api/v1/offices/X/staff", "/api/v1/draw/orders", "/api/v1/offices" })
        {
            statuses.Add((await client.GetAsync(path)).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Guessed_keys_are_limited_too()
    {
        await using var app = new AppFactory().WithSetting("Api:PermitsPerMinute", "3");
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "etk_guess_0000000000000000000000000000000000");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/offices")).StatusCode);
        }
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }
}
