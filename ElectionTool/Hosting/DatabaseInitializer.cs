using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Accounts;
using ElectionTool.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Hosting;

/// <summary>Brings the database to the current schema, seeds the roles and makes sure an Admin exists.</summary>
public sealed class DatabaseInitializer(
    ElectionDbContext db,
    RoleManager<IdentityRole> roles,
    UserManager<AppUser> users,
    ILogger<DatabaseInitializer> logger,
    TimeProvider clock)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await Data.Providers.DatabaseEngine.Of(db).PrepareAsync(db.Database, ct);
        await Features.Dashboard.StaffCountCheck.EnsureTriggersAsync(db, ct);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>On first start there is no Admin: create one and say its one-time password once.</summary>
    public async Task EnsureAdminAsync(CancellationToken ct = default)
    {
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }
        var userName = "admin";
        var password = OneTimePassword.Create();
        var admin = new AppUser
        {
            UserName = userName,
            FullName = "District Election Office IT cell",
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Could not create the first Admin: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(admin, Roles.Admin);
        var banner = $"First start: created Admin '{userName}' with one-time password {password} — sign in and change it now.";
        Console.WriteLine(new string('=', banner.Length));
        Console.WriteLine(banner);
        Console.WriteLine(new string('=', banner.Length));
        logger.LogWarning("First start: created Admin {UserName} with one-time password {Password}", userName, password);
    }
}
