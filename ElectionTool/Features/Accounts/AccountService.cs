using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Hosting;
using ElectionTool.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Accounts;

/// <summary>Creates accounts and issues one-time passwords; used by the Accounts page and the command line.</summary>
public sealed class AccountService(
    ElectionDbContext db,
    UserManager<AppUser> users,
    IPasswordHasher<AppUser> passwordHasher,
    CurrentUser currentUser,
    TimeProvider clock)
{
    public async Task<PageResult<AccountRow>> ListAsync(PageRequest request, string? role, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (request.SearchTerm is { } term)
        {
            query = query.Where(u => u.UserName!.Contains(term) || u.FullName.Contains(term) || (u.Office != null && u.Office.Name.Contains(term)));
        }
        var rolesByUser = db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name });
        if (role is not null)
        {
            query = query.Where(u => rolesByUser.Any(x => x.UserId == u.Id && x.Name == role));
        }
        var now = clock.GetUtcNow();
        var page = await query.ToPageAsync(
            request,
            new Dictionary<string, System.Linq.Expressions.Expression<Func<AppUser, object?>>>
            {
                ["UserName"] = u => u.UserName,
                ["FullName"] = u => u.FullName,
                ["Office"] = u => u.Office!.Code,
            },
            u => new
            {
                u.Id,
                u.UserName,
                u.FullName,
                OfficeCode = u.Office!.Code,
                OfficeName = u.Office.Name,
                u.MustChangePassword,
                u.TwoFactorEnabled,
                u.LockoutEnd,
                Role = rolesByUser.Where(x => x.UserId == u.Id).Select(x => x.Name).FirstOrDefault(),
                Departments = u.NodalDepartments.Select(n => n.Department!.Code).ToList(),
            },
            ct);
        var rows = page.Items.Select(u => new AccountRow(
            u.Id, u.UserName!, u.FullName, u.Role ?? "", u.OfficeCode, u.OfficeName, string.Join(", ", u.Departments),
            u.MustChangePassword, u.TwoFactorEnabled, u.LockoutEnd > now)).ToList();
        return new PageResult<AccountRow>(rows, page.Total);
    }

    public Task<int> CountOfficesWithoutOperatorAsync(CancellationToken ct) =>
        db.Offices.CountAsync(o => !db.Users.Any(u => u.OfficeId == o.Id), ct);

    /// <summary>One operator account per office that has none; user name = office code.</summary>
    public Task<IReadOnlyList<CredentialSlip>> CreateOfficeOperatorAccountsAsync(CancellationToken ct) =>
        CreateOfficeOperatorAccountsAsync(null, ct);

    /// <summary>
    /// One operator account per office that has none, in one transaction. Hashing the passwords is the cost
    /// (a deliberately slow hash), so it runs in parallel and reports each account as it is ready.
    /// </summary>
    public async Task<IReadOnlyList<CredentialSlip>> CreateOfficeOperatorAccountsAsync(IProgress<AccountProgress>? progress, CancellationToken ct)
    {
        var offices = await db.Offices.AsNoTracking()
            .Where(o => !db.Users.Any(u => u.OfficeId == o.Id || u.UserName == o.Code))
            .OrderBy(o => o.Code)
            .Select(o => new { o.Id, o.Code, o.Name })
            .ToListAsync(ct);
        if (offices.Count == 0)
        {
            return [];
        }
        var roleId = await db.Roles.Where(r => r.Name == Roles.OfficeOperator).Select(r => r.Id).SingleAsync(ct);
        var now = clock.GetUtcNow();
        var accounts = offices.Select(o => (Office: o, Password: OneTimePassword.Create(), User: new AppUser
        {
            UserName = o.Code,
            NormalizedUserName = users.NormalizeName(o.Code),
            FullName = $"Operator, {o.Name}",
            OfficeId = o.Id,
            MustChangePassword = true,
            CreatedAt = now,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
        })).ToList();
        var done = 0;
        progress?.Report(new AccountProgress(0, accounts.Count));
        await Parallel.ForEachAsync(accounts, ct, (account, _) =>
        {
            account.User.PasswordHash = passwordHasher.HashPassword(account.User, account.Password);
            progress?.Report(new AccountProgress(Interlocked.Increment(ref done), accounts.Count));
            return ValueTask.CompletedTask;
        });
        var actor = await currentUser.GetNameAsync();
        foreach (var (office, _, user) in accounts)
        {
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
            AuditLog.Record(db, actor, "Create account", "Account", user.UserName!, null,
                new { user.UserName, user.FullName, Role = Roles.OfficeOperator, user.OfficeId, Departments = Array.Empty<int>() });
        }
        await db.SaveChangesAsync(ct);
        return accounts.Select(a => new CredentialSlip(a.User.UserName!, a.User.FullName, Roles.Display(Roles.OfficeOperator), a.Office.Code, a.Office.Name, a.Password)).ToList();
    }

    public async Task<AccountOutcome> CreateAccountAsync(NewAccountInput input, CancellationToken ct)
    {
        if (!Roles.All.Contains(input.Role))
        {
            return AccountOutcome.Failed(UiText.Format("Unknown role '{0}'.", input.Role));
        }
        var user = new AppUser { UserName = input.UserName.Trim(), FullName = input.FullName.Trim() };
        Office? office = null;
        if (input.Role == Roles.OfficeOperator)
        {
            office = await db.Offices.AsNoTracking().FirstOrDefaultAsync(o => o.Code == input.OfficeCode, ct);
            if (office is null)
            {
                return AccountOutcome.Failed(UiText.Format("Office code '{0}' does not exist.", input.OfficeCode));
            }
            user.OfficeId = office.Id;
        }
        if (input.Role == Roles.NodalOfficer && input.DepartmentIds.Count == 0)
        {
            return AccountOutcome.Failed(UiText.Of("Choose at least one department for the nodal officer."));
        }
        var departments = input.Role == Roles.NodalOfficer ? input.DepartmentIds : [];
        var outcome = await CreateAsync(user, input.Role, departments, ct);
        return outcome.Slip is null ? outcome : outcome with { Slip = outcome.Slip with { OfficeCode = office?.Code, OfficeName = office?.Name } };
    }

    private async Task<AccountOutcome> CreateAsync(AppUser user, string role, IReadOnlyList<int> departmentIds, CancellationToken ct)
    {
        if (await users.FindByNameAsync(user.UserName!) is not null)
        {
            return AccountOutcome.Failed(UiText.Format("User name '{0}' is already taken.", user.UserName));
        }
        var password = OneTimePassword.Create();
        user.MustChangePassword = true;
        user.CreatedAt = clock.GetUtcNow();
        user.NodalDepartments = departmentIds.Select(d => new NodalDepartment { UserId = user.Id, DepartmentId = d }).ToList();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return AccountOutcome.Failed(string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, role);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "Create account", "Account", user.UserName!, null,
            new { user.UserName, user.FullName, Role = role, user.OfficeId, Departments = departmentIds });
        await db.SaveChangesAsync(ct);
        return new AccountOutcome(new CredentialSlip(user.UserName!, user.FullName, Roles.Display(role), null, null, password), null);
    }

    /// <summary>Issues a new one-time password; the user must change it at the next sign-in.</summary>
    public async Task<AccountOutcome> ResetPasswordAsync(string userName, CancellationToken ct)
    {
        var user = await db.Users.Include(u => u.Office).FirstOrDefaultAsync(u => u.UserName == userName, ct);
        if (user is null)
        {
            return AccountOutcome.Failed(UiText.Format("No account named '{0}'.", userName));
        }
        var password = OneTimePassword.Create();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return AccountOutcome.Failed(string.Join(" ", reset.Errors.Select(e => e.Description)));
        }
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        AuditLog.Record(db, await currentUser.GetNameAsync(), "Reset password", "Account", user.UserName!);
        await db.SaveChangesAsync(ct);
        return new AccountOutcome(new CredentialSlip(user.UserName!, user.FullName, Roles.Display(role), user.Office?.Code, user.Office?.Name, password), null);
    }

    public async Task<string?> UnlockAsync(string userName, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return UiText.Format("No account named '{0}'.", userName);
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "Unlock account", "Account", userName);
        await db.SaveChangesAsync(ct);
        return null;
    }
}
