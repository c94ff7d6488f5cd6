using System.Net;
using System.Net.Http.Headers;
using ElectionTool.Features.Integrations;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Api;

/// <summary>Calls refused before the endpoint (401 key, 403 scope, 429 limit) are in the audit log with integration, endpoint and reason.</summary>
public sealed class ApiRefusalAuditTests : IAsyncLifetime
{
    private readonly AppFactory _app = new AppFactory().WithSetting("Api:PermitsPerMinute", "2");
    private readonly Dictionary<string, string> _keys = [];

    public async Task InitializeAsync()
    {
        foreach (var name in new[] { "portal", "revoked" })
        {
            var issued = await _app.WithScopeAsync(sp => sp.GetRequiredService<IntegrationService>()
                .CreateAsync(new IntegrationRequest(name, [IntegrationScopes.StatusRead], [], [], null), default));
            _keys[name] = issued.Key;
        }
        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IntegrationService>().RevokeAsync("revoked", default);
            return 0;
        });
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpStatusCode> CallAsync(string key, string path)
    {
        var client = _app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return (await client.GetAsync(path)).StatusCode;
    }

    private async Task<List<(string Caller, string Endpoint, string After)>> RefusalsAsync()
    {
        var rows = new List<(string, string, string)>();
        await _app.WithDbAsync(async db => rows = (await db.AuditEntries.Where(a => a.Action == ApiRefusalAudit.Action).OrderBy(a => a.Id).ToListAsync())
            .Select(a => (a.UserName, a.EntityKey, a.After ?? "")).ToList());
        return rows;
    }

    [Fact]
    public async Task Wrong_and_revoked_keys_a_missing_scope_and_the_rate_limit_are_audited_with_the_reason()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("etk_nottherightkey_000000000000000000000000000000", "/api/v1/offices"));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(_keys["revoked"], "/api/v1/offices"));
        Assert.Equal(HttpStatusCode.Forbidden, await CallAsync(_keys["portal"], "/api/v1/draw/duties"));
        Assert.Equal(HttpStatusCode.OK, await CallAsync(_keys["portal"], "/api/v1/offices"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await CallAsync(_keys["portal"], "/api/v1/offices"));

        var refusals = await RefusalsAsync();
        Assert.Equal(4, refusals.Count);
        var (wrong, revoked, scope, limit) = (refusals[0], refusals[1], refusals[2], refusals[3]);
        Assert.Equal(("api:unknown", "GET /api/v1/offices"), (wrong.Caller, wrong.Endpoint));
        Assert.Contains("not recognised", wrong.After);
        Assert.Contains("401", wrong.After);
        Assert.Equal(("api:revoked", "GET /api/v1/offices"), (revoked.Caller, revoked.Endpoint));
        Assert.Contains("was revoked", revoked.After);
        Assert.Equal(("api:portal", "GET /api/v1/draw/duties"), (scope.Caller, scope.Endpoint));
        Assert.Contains("403", scope.After);
        Assert.Contains("scope", scope.After);
        Assert.Equal(("api:portal", "GET /api/v1/offices"), (limit.Caller, limit.Endpoint));
        Assert.Contains("429", limit.After);
    }
}
