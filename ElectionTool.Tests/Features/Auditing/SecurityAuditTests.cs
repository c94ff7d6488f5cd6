using System.Net;
using ElectionTool.Components.Layout;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Import;
using ElectionTool.Hosting;
using ElectionTool.Tests.Features.Security;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Auditing;

/// <summary>Sign-in failures, lockouts, password and two-factor changes, and views of printed personal data are logged.</summary>
public sealed class SecurityAuditTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync()
    {
        await _app.CreateUserAsync("audit-admin", Roles.Admin);
        await _app.CreateUserAsync("audit-nodal", Roles.NodalOfficer);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<List<AuditEntry>> EntriesAsync(string action)
    {
        var list = new List<AuditEntry>();
        await _app.WithDbAsync(async db => list = await db.AuditEntries.Where(a => a.Action == action).ToListAsync());
        return list;
    }

    [Fact]
    public async Task Failed_sign_ins_and_the_lockout_are_logged()
    {
        using var client = _app.NewClient();
        await client.PostLoginAsync("nobody-here", "whatever");
        for (var i = 0; i < 5; i++)
        {
            await client.PostLoginAsync("audit-nodal", "wrong-password");
        }

        var failed = await EntriesAsync("Sign-in failed");
        Assert.Contains(failed, a => a.EntityKey == "nobody-here");
        Assert.Equal(4, failed.Count(a => a.EntityKey == "audit-nodal"));
        Assert.Single(await EntriesAsync("Sign-in refused: locked out"), a => a.EntityKey == "audit-nodal");
    }

    [Fact]
    public async Task Password_changes_and_two_factor_changes_are_logged()
    {
        await _app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("audit-nodal"))!;
            Assert.True((await users.ChangePasswordAsync(user, AppFactory.Password, "Mango-Tree-Blossom7")).Succeeded);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, false);
            return 0;
        });

        Assert.Single(await EntriesAsync("Change password"), a => a.EntityKey == "audit-nodal");
        Assert.Single(await EntriesAsync("Turn on two-factor sign-in"));
        Assert.Single(await EntriesAsync("Turn off two-factor sign-in"));
        Assert.Single(await EntriesAsync("New recovery codes"));
        Assert.Single(await EntriesAsync("Reset authenticator key"));
    }

    [Fact]
    public async Task Viewing_a_print_page_with_personal_data_is_logged()
    {
        using var admin = await _app.SignedInClientAsync("audit-admin");

        var page = await admin.GetAsync("/draw/print/training");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var view = Assert.Single(await EntriesAsync("View training lists"));
        Assert.Equal("audit-admin", view.UserName);
        Assert.Equal("/draw/print/training", view.EntityKey);
    }

    [Fact]
    public async Task Downloading_an_import_report_is_logged()
    {
        using var admin = await _app.SignedInClientAsync("audit-admin");
        var id = _app.Services.GetRequiredService<StaffImportReportStore>().Keep("audit-admin",
            new StaffImportReport("staff.csv", 1, 0, 0, 0, [new StaffRowProblem(2, "Name", "missing")]) { Headings = ["Name"], RejectedRows = [new StaffFileRow(2, [""])] });

        var download = await admin.GetAsync(StaffImportReportStore.DownloadUrl(id));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Single(await EntriesAsync("View import report (rejected rows)"));
    }

    [Fact]
    public void Every_print_page_is_marked_for_the_audit_log()
    {
        var printPages = AppEndpoints.All(_app)
            .Select(e => (e.Url, Component: e.Endpoint.Metadata.OfType<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>().FirstOrDefault()?.Type, e.Endpoint))
            .Where(e => System.Reflection.CustomAttributeExtensions.GetCustomAttribute<LayoutAttribute>(e.Component ?? typeof(object))?.LayoutType == typeof(PrintLayout))
            .ToList();

        Assert.True(printPages.Count >= 7, $"found only {printPages.Count} print pages");
        Assert.All(printPages, p => Assert.True(p.Endpoint.Metadata.GetMetadata<AuditedViewAttribute>() is not null, $"{p.Url} prints personal data without [AuditedView]"));
    }
}
