using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Accounts.Gate;
using ElectionTool.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Settings;

/// <summary>Settings the Admin may change in the app; each falls back to appsettings.json when never set.</summary>
public sealed class DistrictSettingsService(
    IDbContextFactory<ElectionDbContext> dbFactory,
    IOptions<ElectionDefaultsOptions> defaults,
    IOptions<SecurityOptions> security,
    TimeProvider clock)
{
    public const string RequireTwoFactorForAdminKey = "RequireTwoFactorForAdmin";

    /// <summary>Whether a user holding these roles must sign in with an authenticator: a role named in <c>Security:RequireTwoFactorFor</c>, or Admin while the Admin setting is on.</summary>
    public async Task<bool> RequiresTwoFactorAsync(IEnumerable<string> roles, CancellationToken ct = default)
    {
        var held = roles.ToList();
        if (held.Any(r => security.Value.RequireTwoFactorFor.Contains(r, StringComparer.OrdinalIgnoreCase)))
        {
            return true;
        }
        return held.Contains(Roles.Admin) && await RequireTwoFactorForAdminAsync(ct);
    }

    public async Task<bool> RequireTwoFactorForAdminAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stored = await db.DistrictSettings.AsNoTracking()
            .Where(s => s.Key == RequireTwoFactorForAdminKey).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return stored is null ? defaults.Value.RequireTwoFactorForAdmin : bool.Parse(stored);
    }

    public async Task SetRequireTwoFactorForAdminAsync(bool value, string changedBy, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var before = await RequireTwoFactorForAdminAsync(ct);
        var row = await db.DistrictSettings.FindAsync([RequireTwoFactorForAdminKey], ct);
        if (row is null)
        {
            db.DistrictSettings.Add(new DistrictSetting { Key = RequireTwoFactorForAdminKey, Value = value.ToString() });
        }
        else
        {
            row.Value = value.ToString();
        }
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = changedBy,
            Action = "Change setting", // English: audit action code and entity type
            EntityType = "Setting",
            EntityKey = RequireTwoFactorForAdminKey,
            Before = before.ToString(),
            After = value.ToString(),
        });
        await db.SaveChangesAsync(ct);
    }
}
