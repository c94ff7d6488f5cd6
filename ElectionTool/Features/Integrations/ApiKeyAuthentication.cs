using System.Security.Claims;
using System.Text.Encodings.Web;
using ElectionTool.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Integrations;

/// <summary>
/// The API's own authentication scheme: a key in <c>Authorization: Bearer …</c> or <c>X-Api-Key</c>. It never
/// looks at cookies, and the pages' cookie scheme never looks at keys, so the two cannot be mixed up.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbContextFactory<ElectionDbContext> dbFactory, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    private const string RefusalItem = "api-key-refusal";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey(Request);
        if (key is null)
        {
            return Refuse("No API key was sent. Send it as 'Authorization: Bearer <key>' or in the X-Api-Key header.");
        }
        var hash = ApiKeys.Hash(key);
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var integration = await db.Integrations.AsNoTracking().FirstOrDefaultAsync(i => i.KeyHash == hash, Context.RequestAborted);
        if (integration is null)
        {
            return Refuse("The API key is not recognised (wrong, or replaced by a rotation).");
        }
        Context.Items[ApiRefusalAudit.IntegrationItem] = IntegrationService.CallerPrefix + integration.Name;
        if (integration.RevokedAt is not null)
        {
            return Refuse($"The key of integration '{integration.Name}' was revoked.");
        }
        if (integration.ExpiresAt is { } expiry && expiry <= clock.GetUtcNow())
        {
            return Refuse($"The key of integration '{integration.Name}' expired on {expiry:yyyy-MM-dd HH:mm} UTC.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, integration.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, IntegrationService.CallerPrefix + integration.Name),
            new(IntegrationClaims.Id, integration.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange(IntegrationService.Split(integration.Scopes, ' ').Select(s => new Claim(IntegrationClaims.Scope, s)));
        claims.AddRange(IntegrationService.Split(integration.OfficeCodes, ',').Select(c => new Claim(IntegrationClaims.Office, c)));
        claims.AddRange(IntegrationService.Split(integration.DepartmentCodes, ',').Select(c => new Claim(IntegrationClaims.Department, c)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private AuthenticateResult Refuse(string reason)
    {
        Context.Items[RefusalItem] = reason;
        return AuthenticateResult.Fail(reason);
    }

    private static string? ReadKey(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim() is { Length: > 0 } bearer ? bearer : null;
        }
        return request.Headers[HeaderName].ToString().Trim() is { Length: > 0 } key ? key : null;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"ElectionTool API\"";
        var reason = Context.Items[RefusalItem] as string ?? "An API key is required.";
        await ApiRefusalAudit.RecordAsync(Context, StatusCodes.Status401Unauthorized, reason);
        await ApiProblem.WriteAsync(Context, StatusCodes.Status401Unauthorized, "API key refused", reason);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        const string reason = "This integration's key does not carry the scope this endpoint needs. Ask the election office's IT cell to add it.";
        await ApiRefusalAudit.RecordAsync(Context, StatusCodes.Status403Forbidden, reason);
        await ApiProblem.WriteAsync(Context, StatusCodes.Status403Forbidden, "Outside this integration's scope", reason);
    }
}

/// <summary>RFC 9457 problem details, written the same way by the API's handlers and its authentication.</summary>
public static class ApiProblem
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
