using System.Net;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Accounts;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Accounts;

public sealed class AccountServiceTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync()
    {
        await _app.WithDbAsync(async db =>
        {
            var dept = new Department { Code = "REV", Name = "Revenue" };
            db.Departments.Add(dept);
            db.Offices.AddRange(
                new Office { Code = "REV-001", Name = "Tehsil Rampur / तहसील रामपुर", Department = dept },
                new Office { Code = "REV-002", Name = "Tehsil Devgarh", Department = dept });
            await db.SaveChangesAsync();
        });
        await _app.CreateUserAsync("it-admin", Roles.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<T> Accounts<T>(Func<AccountService, Task<T>> work) =>
        _app.WithScopeAsync(sp => work(sp.GetRequiredService<AccountService>()));

    [Fact]
    public async Task Office_accounts_are_created_once_per_office_and_printed_on_slips()
    {
        var slips = await Accounts(s => s.CreateOfficeOperatorAccountsAsync(default));
        var again = await Accounts(s => s.CreateOfficeOperatorAccountsAsync(default));

        Assert.Equal(["REV-001", "REV-002"], slips.Select(s => s.UserName));
        Assert.Empty(again);
        var batch = _app.Services.GetRequiredService<CredentialSlipStore>().Keep("it-admin", slips);
        using var admin = await _app.SignedInClientAsync("it-admin");
        var html = await admin.GetStringAsync($"/accounts/slips/{batch.Id}");
        foreach (var slip in slips)
        {
            Assert.Contains(slip.UserName, html);
            Assert.Contains(slip.OneTimePassword, html);
        }
        Assert.Contains("तहसील रामपुर", html);
        Assert.Contains("Change the password at first sign-in", html);
    }

    [Fact]
    public async Task Office_accounts_in_bulk_report_progress_to_the_last_one_and_are_audited_once_each()
    {
        var reports = new ProgressRecorder();

        var slips = await Accounts(s => s.CreateOfficeOperatorAccountsAsync(reports, default));

        Assert.Equal(2, slips.Count);
        Assert.Equal(new AccountProgress(2, 2), reports.Seen.MaxBy(p => p.Done));
        Assert.Contains(new AccountProgress(0, 2), reports.Seen);
        await _app.WithDbAsync(async db =>
        {
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "Create account"));
            Assert.True(await db.Users.Where(u => u.OfficeId != null).AllAsync(u => u.LockoutEnabled && u.MustChangePassword));
        });
        using var client = _app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostLoginAsync(slips[1].UserName, slips[1].OneTimePassword)).StatusCode);
    }

    private sealed class ProgressRecorder : IProgress<AccountProgress>
    {
        public System.Collections.Concurrent.ConcurrentBag<AccountProgress> Seen { get; } = [];

        public void Report(AccountProgress value) => Seen.Add(value);
    }

    [Fact]
    public async Task Slips_are_only_for_the_admin_who_issued_them_and_passwords_are_not_stored_in_clear()
    {
        await _app.CreateUserAsync("other-admin", Roles.Admin);
        var slips = await Accounts(s => s.CreateOfficeOperatorAccountsAsync(default));
        var batch = _app.Services.GetRequiredService<CredentialSlipStore>().Keep("it-admin", slips);

        using var other = await _app.SignedInClientAsync("other-admin");
        var html = await other.GetStringAsync($"/accounts/slips/{batch.Id}");
        Assert.DoesNotContain(slips[0].OneTimePassword, html);
        Assert.Contains("no longer available", html);

        await _app.WithDbAsync(async db =>
        {
            var stored = string.Join("|", await db.Users.Select(u => u.PasswordHash + u.SecurityStamp + u.FullName).ToListAsync())
                + string.Join("|", await db.AuditEntries.Select(a => a.Before + a.After).ToListAsync());
            Assert.DoesNotContain(slips[0].OneTimePassword, stored);
        });
    }

    [Fact]
    public async Task A_new_operator_signs_in_with_the_slip_and_is_held_at_change_password()
    {
        var slip = (await Accounts(s => s.CreateOfficeOperatorAccountsAsync(default)))[0];
        using var client = _app.NewClient();
        var login = await client.PostLoginAsync(slip.UserName, slip.OneTimePassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/Identity/Account/Manage/ChangePassword", home.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Reset_password_issues_a_new_one_time_password_and_unlocks()
    {
        var created = await Accounts(s => s.CreateAccountAsync(new NewAccountInput { UserName = "observer1", FullName = "Observer", Role = Roles.Observer }, default));
        var reset = await Accounts(s => s.ResetPasswordAsync("observer1", default));

        Assert.NotNull(reset.Slip);
        Assert.NotEqual(created.Slip!.OneTimePassword, reset.Slip!.OneTimePassword);
        using var client = _app.NewClient();
        var oldLogin = await client.PostLoginAsync("observer1", created.Slip.OneTimePassword);
        Assert.Equal(HttpStatusCode.OK, oldLogin.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostLoginAsync("observer1", reset.Slip.OneTimePassword)).StatusCode);
    }

    [Fact]
    public async Task Nodal_officer_needs_departments_and_operator_needs_a_real_office()
    {
        var nodal = await Accounts(s => s.CreateAccountAsync(new NewAccountInput { UserName = "nodal1", FullName = "N", Role = Roles.NodalOfficer }, default));
        var operatorAccount = await Accounts(s => s.CreateAccountAsync(new NewAccountInput { UserName = "op1", FullName = "O", Role = Roles.OfficeOperator, OfficeCode = "NOPE" }, default));

        Assert.Equal("Choose at least one department for the nodal officer.", nodal.Error);
        Assert.Equal("Office code 'NOPE' does not exist.", operatorAccount.Error);
    }

    [Fact]
    public async Task Admin_without_authenticator_is_sent_to_set_one_up_when_required()
    {
        await using var strict = new AppFactory().WithSetting("Election:RequireTwoFactorForAdmin", "true");
        await strict.CreateUserAsync("strict-admin", Roles.Admin);
        using var client = await strict.SignedInClientAsync("strict-admin");

        var home = await client.GetAsync("/masters/departments");

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/Identity/Account/Manage/TwoFactorAuthentication", home.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Identity/Account/Manage/EnableAuthenticator")).StatusCode);
    }
}
