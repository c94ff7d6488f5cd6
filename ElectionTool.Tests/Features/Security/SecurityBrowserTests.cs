using ElectionTool.Features.Settings;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Security;

/// <summary>The account gate inside a running page, and the app working under its Content-Security-Policy.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SecurityBrowserTests(BrowserFixture browser) : BrowserTest(browser, new AppFactory().WithSetting("Session:RevalidateSeconds", "1"))
{
    [Fact]
    public async Task Pages_and_dialogs_work_with_no_content_security_policy_violation()
    {
        await App.CreateUserAsync("csp-admin", Roles.Admin);
        var page = await NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");

        await page.SignInAsync(Url, "csp-admin");
        await page.WaitInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Departments" }).ClickAsync();
        await page.GetByTestId("add").ClickAsync();
        await page.GetByLabel("Code").FillAsync("rev");
        await page.GetByLabel("Name").FillAsync("Revenue");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("grid").GetByRole(AriaRole.Row).Filter(new() { HasText = "REV" })).ToBeVisibleAsync();
        violations.AddRange(await page.EvaluateAsync<string[]>("window.__csp"));
        await page.GotoAsync($"{Url}/draw/print/training");
        await page.Locator("[data-print]").WaitForAsync();
        violations.AddRange(await page.EvaluateAsync<string[]>("window.__csp"));

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task In_page_navigation_is_refused_once_the_account_has_a_pending_step()
    {
        await App.CreateUserAsync("circuit-admin", Roles.Admin);
        var page = await SignedInPageAsync("circuit-admin");
        await page.WaitInteractiveAsync();

        // The district switches the Admin 2FA requirement on while this Admin's page is open.
        await App.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DistrictSettingsService>().SetRequireTwoFactorForAdminAsync(true, "test");
            return 0;
        });
        // Within the re-check interval (1 s here) the open page loses its sign-in: it is sent to sign in by itself,
        // and until then any in-page navigation is refused.
        for (var i = 0; i < 20 && !page.Url.Contains("/Identity/Account/", StringComparison.Ordinal); i++)
        {
            try
            {
                await page.EvaluateAsync("() => { if (typeof Blazor !== 'undefined') { Blazor.navigateTo('/employees'); } }");
            }
            catch (PlaywrightException)
            {
                // The page was being sent away to sign in while the script ran.
            }
            await Task.Delay(500);
        }

        await page.WaitForURLAsync("**/Identity/Account/**");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Employees" })).Not.ToBeVisibleAsync();
        await page.GotoAsync($"{Url}/employees");
        Assert.Contains("/Identity/Account/Manage/TwoFactorAuthentication", page.Url);
    }

    [Fact]
    public async Task A_user_with_a_one_time_password_cannot_open_a_live_page()
    {
        await App.CreateUserAsync("otp-nodal", Roles.NodalOfficer, mustChangePassword: true);
        var page = await SignedInPageAsync("otp-nodal");
        await page.WaitForURLAsync("**/Identity/Account/Manage/ChangePassword");
        await Assertions.Expect(page.GetByTestId("account-step-why")).ToContainTextAsync("one-time password");

        await page.GotoAsync($"{Url}/dashboard/departments/x.y");
        Assert.Contains("/Identity/Account/Manage/ChangePassword", page.Url);
        // The circuit hub itself is refused too: see AccountGateTests, which walks the hub's endpoints.
    }
}
