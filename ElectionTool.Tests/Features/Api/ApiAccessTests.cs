using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ElectionTool.Features.Api;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Api;

/// <summary>Who may call what: every endpoint against every scope, and keys that must be refused.</summary>
[Trait("Database", "Both")]
public sealed class ApiAccessTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    /// <summary>Every /api/v1 endpoint, with a request that is in scope for the key named beside it.</summary>
    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "GET", "/api/v1/offices", "status" },
        { "GET", "/api/v1/offices/OF-A", "status" },
        { "GET", "/api/v1/pending", "status" },
        { "GET", "/api/v1/dashboard", "status" },
        { "GET", "/api/v1/offices/OF-A/staff", "staff-reader" },
        { "PUT", "/api/v1/offices/OF-A/staff", "staff-writer" },
        { "GET", "/api/v1/draw/duties", "draw" },
        { "GET", "/api/v1/draw/orders", "draw" },
    };

    private static readonly string[] ScopedKeys = ["status", "staff-reader", "staff-writer", "draw"];

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "PUT" ? JsonContent.Create(new ApiStaffUpsert([ApiFixture.Row(500)])) : null,
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_endpoint_answers_its_scope_and_refuses_every_other_scope(string method, string path, string allowedKey)
    {
        var allowed = await fixture.Client(allowedKey).SendAsync(Request(method, path));
        Assert.True(allowed.IsSuccessStatusCode, $"{method} {path} with {allowedKey}: {(int)allowed.StatusCode} {await allowed.Content.ReadAsStringAsync()}");
        Assert.Contains("no-store", allowed.Headers.CacheControl?.ToString());

        // staff-writer also carries staff:read, so it may read staff too.
        foreach (var other in ScopedKeys.Where(k => k != allowedKey && !(k == "staff-writer" && path.EndsWith("/staff") && method == "GET")))
        {
            var denied = await fixture.Client(other).SendAsync(Request(method, path));
            Assert.True(denied.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} with {other}: {(int)denied.StatusCode}");
            Assert.Equal("application/problem+json", denied.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("revoked", "revoked")]
    [InlineData("expired", "expired")]
    public async Task Revoked_and_expired_keys_are_refused_with_the_reason(string keyName, string reason)
    {
        var response = await fixture.Client(keyName).GetAsync("/api/v1/offices");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_wrong_key_and_no_key_are_refused()
    {
        var wrong = fixture.Client(null);
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "etk_nottherightkey_0000000000000000000000000000000000");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/v1/offices")).StatusCode);
        var none = await fixture.Client(null).GetAsync("/api/v1/offices");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_api_never_accepts_a_signed_in_cookie()
    {
        var admin = await fixture.App.SignedInClientAsync("admin-1");
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/v1/offices")).StatusCode);
    }

    [Fact]
    public async Task A_key_reaches_only_its_offices_or_departments()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Client("staff-reader").GetAsync("/api/v1/offices/OF-B/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client("edu-department").GetAsync("/api/v1/offices/OF-F/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Client("edu-department").GetAsync("/api/v1/offices/OF-B/staff")).StatusCode);
    }

    [Fact]
    public async Task Offices_come_in_pages_by_cursor_and_an_unchanged_list_answers_304()
    {
        var client = fixture.Client("status");
        var first = await client.GetFromJsonAsync<ApiPage<ApiOffice>>("/api/v1/offices?limit=2");
        Assert.Equal(["OF-A", "OF-B"], first!.Items.Select(o => o.Code));
        var second = await client.GetFromJsonAsync<ApiPage<ApiOffice>>($"/api/v1/offices?limit=2&cursor={first.NextCursor}");
        Assert.Equal(["OF-F"], second!.Items.Select(o => o.Code));
        Assert.Null(second.NextCursor);

        var response = await client.GetAsync("/api/v1/offices/OF-F");
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/offices/OF-F");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }
}
