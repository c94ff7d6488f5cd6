using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Integrations;

/// <summary>Creates, rotates, revokes and lists integrations; shows what each has called.</summary>
public sealed class IntegrationService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    public const string CallerPrefix = "api:";

    public async Task<IssuedKey> CreateAsync(IntegrationRequest request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = request.Name.Trim();
        var scopes = request.Scopes.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().ToList();
        var offices = Codes(request.OfficeCodes);
        var departments = Codes(request.DepartmentCodes);
        await CheckAsync(db, name, scopes, offices, departments, request.ExpiresAt, ct);

        var key = ApiKeys.NewKey();
        var integration = new Integration
        {
            Name = name,
            KeyPrefix = ApiKeys.Prefix(key),
            KeyHash = ApiKeys.Hash(key),
            Scopes = string.Join(' ', scopes),
            OfficeCodes = string.Join(',', offices),
            DepartmentCodes = string.Join(',', departments),
            CreatedBy = await currentUser.GetNameAsync(),
            CreatedAt = clock.GetUtcNow(),
            ExpiresAt = request.ExpiresAt,
        };
        db.Integrations.Add(integration);
        AuditLog.Record(db, integration.CreatedBy, "IntegrationCreated", nameof(Integration), name, null,
            new { integration.Scopes, integration.OfficeCodes, integration.DepartmentCodes, integration.ExpiresAt, integration.KeyPrefix });
        await db.SaveChangesAsync(ct);
        return new IssuedKey(Summary(integration), key);
    }

    /// <summary>A new key replaces the old one at once; the old key stops working.</summary>
    public async Task<IssuedKey> RotateAsync(string name, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var integration = await FindAsync(db, name, ct);
        if (integration.RevokedAt is not null)
        {
            throw new InvalidOperationException(UiText.Format("Integration '{0}' is revoked; create a new one instead.", integration.Name));
        }
        var key = ApiKeys.NewKey();
        var before = integration.KeyPrefix;
        integration.KeyPrefix = ApiKeys.Prefix(key);
        integration.KeyHash = ApiKeys.Hash(key);
        integration.RotatedAt = clock.GetUtcNow();
        AuditLog.Record(db, await currentUser.GetNameAsync(), "IntegrationKeyRotated", nameof(Integration), integration.Name,
            new { KeyPrefix = before }, new { integration.KeyPrefix });
        await db.SaveChangesAsync(ct);
        return new IssuedKey(Summary(integration), key);
    }

    public async Task RevokeAsync(string name, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var integration = await FindAsync(db, name, ct);
        if (integration.RevokedAt is not null)
        {
            return;
        }
        integration.RevokedAt = clock.GetUtcNow();
        integration.RevokedBy = await currentUser.GetNameAsync();
        AuditLog.Record(db, integration.RevokedBy, "IntegrationRevoked", nameof(Integration), integration.Name);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<IntegrationSummary>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = await db.Integrations.AsNoTracking().OrderBy(i => i.Name).ToListAsync(ct);
        return all.Select(Summary).ToList();
    }

    /// <summary>Calls per endpoint, from the audit log (every API call is written there).</summary>
    public async Task<IReadOnlyList<EndpointUsage>> UsageAsync(string name, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var caller = CallerPrefix + name;
        var calls = await db.AuditEntries.AsNoTracking().Where(a => a.UserName == caller && a.Action == ApiAuditAction)
            .GroupBy(a => a.EntityKey).Select(g => new { Endpoint = g.Key, Calls = g.Count(), Last = g.Max(a => a.Id) }).ToListAsync(ct);
        var lastIds = calls.Select(c => c.Last).ToList();
        var times = await db.AuditEntries.AsNoTracking().Where(a => lastIds.Contains(a.Id)).Select(a => new { a.Id, a.At }).ToDictionaryAsync(a => a.Id, a => a.At, ct);
        return calls.Select(c => new EndpointUsage(c.Endpoint, c.Calls, times[c.Last])).OrderByDescending(u => u.Calls).ToList();
    }

    public const string ApiAuditAction = "ApiCall";

    public static IntegrationSummary Summary(Integration i) => new(i.Id, i.Name, i.KeyPrefix, Split(i.Scopes, ' '), Split(i.OfficeCodes, ','),
        Split(i.DepartmentCodes, ','), i.CreatedAt, i.ExpiresAt, i.RevokedAt, i.LastUsedAt, i.Calls);

    public static IReadOnlyList<string> Split(string text, char separator) =>
        text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string> Codes(IEnumerable<string> codes) =>
        codes.SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();

    private async Task CheckAsync(ElectionDbContext db, string name, List<string> scopes, List<string> offices, List<string> departments,
        DateTimeOffset? expiresAt, CancellationToken ct)
    {
        if (name.Length is 0 or > 100)
        {
            throw new InvalidOperationException(UiText.Of("Give the integration a name (up to 100 characters), e.g. 'Treasury payroll'."));
        }
        if (await db.Integrations.AnyAsync(i => i.Name == name, ct))
        {
            throw new InvalidOperationException(UiText.Format("An integration named '{0}' already exists; rotate its key or choose another name.", name));
        }
        if (scopes.Count == 0 || scopes.FirstOrDefault(s => !IntegrationScopes.All.Contains(s)) is { } unknown && unknown.Length > 0)
        {
            throw new InvalidOperationException(UiText.Format("Scopes must be some of: {0}.", string.Join(", ", IntegrationScopes.All)));
        }
        if (IntegrationScopes.NeedsOffices(scopes) && offices.Count + departments.Count == 0)
        {
            throw new InvalidOperationException(UiText.Of("Staff scopes need the offices or departments they may reach (--offices or --departments)."));
        }
        var knownOffices = await db.Offices.Where(o => offices.Contains(o.Code)).Select(o => o.Code).ToListAsync(ct);
        if (offices.Except(knownOffices).ToList() is { Count: > 0 } missingOffices)
        {
            throw new InvalidOperationException(UiText.Format("No office with code {0}.", string.Join(", ", missingOffices)));
        }
        var knownDepartments = await db.Departments.Where(d => departments.Contains(d.Code)).Select(d => d.Code).ToListAsync(ct);
        if (departments.Except(knownDepartments).ToList() is { Count: > 0 } missingDepartments)
        {
            throw new InvalidOperationException(UiText.Format("No department with code {0}.", string.Join(", ", missingDepartments)));
        }
        if (expiresAt is { } expiry && expiry <= clock.GetUtcNow())
        {
            throw new InvalidOperationException(UiText.Of("The expiry must be in the future."));
        }
    }

    private static async Task<Integration> FindAsync(ElectionDbContext db, string name, CancellationToken ct) =>
        await db.Integrations.FirstOrDefaultAsync(i => i.Name == name.Trim(), ct)
        ?? throw new InvalidOperationException(UiText.Format("No integration named '{0}'.", name.Trim()));
}
