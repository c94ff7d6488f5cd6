using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Accounts;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class TwoFactorBrowserTests(BrowserFixture browser) : BrowserTest(browser,
    new AppFactory().WithSetting("Election:RequireTwoFactorForAdmin", "true").WithSetting("Security:RequireTwoFactorFor:0", Roles.NodalOfficer))
{
    [Fact]
    public async Task An_admin_must_set_up_an_authenticator_and_then_signs_in_with_its_code()
    {
        await App.CreateUserAsync("secure-admin", Roles.Admin);
        var page = await SignedInPageAsync("secure-admin");
        await page.WaitForURLAsync("**/Identity/Account/Manage/TwoFactorAuthentication");
        await page.GotoAsync($"{Url}/masters/departments");
        Assert.Contains("/Identity/Account/Manage/TwoFactorAuthentication", page.Url);

        await page.GotoAsync($"{Url}/Identity/Account/Manage/EnableAuthenticator");
        await Assertions.Expect(page.GetByTestId("authenticator-qr")).ToBeVisibleAsync();
        await page.ScreenshotForReviewAsync("enable-authenticator");
        var key = await page.GetByTestId("shared-key").InnerTextAsync();
        await page.FillAsync("#Input_Code", Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and turn on" }).ClickAsync();
        await page.WaitForURLAsync("**/ShowRecoveryCodes");

        await page.GotoAsync($"{Url}/masters/departments");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Departments");

        await page.Context.ClearCookiesAsync();
        await page.SignInAsync(Url, "secure-admin");
        await page.WaitForURLAsync("**/LoginWith2fa**");
        await page.FillAsync("#Input_TwoFactorCode", Totp.Code(key));
        await page.PressAsync("#Input_TwoFactorCode", "Enter");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welcome");
    }

    [Fact]
    public async Task A_nodal_officer_whose_role_requires_it_is_told_why_and_reaches_the_app_only_after_setting_up_an_authenticator()
    {
        await App.CreateUserAsync("secure-nodal", Roles.NodalOfficer);
        var page = await SignedInPageAsync("secure-nodal");
        await page.WaitForURLAsync("**/Identity/Account/Manage/TwoFactorAuthentication");
        await Assertions.Expect(page.GetByTestId("account-step-why")).ToContainTextAsync("authenticator app");
        await page.GotoAsync($"{Url}/dashboard");
        Assert.Contains("/Identity/Account/Manage/TwoFactorAuthentication", page.Url);

        await page.GotoAsync($"{Url}/Identity/Account/Manage/EnableAuthenticator");
        var key = await page.GetByTestId("shared-key").InnerTextAsync();
        await page.FillAsync("#Input_Code", Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and turn on" }).ClickAsync();
        await page.WaitForURLAsync("**/ShowRecoveryCodes");

        await page.GotoAsync($"{Url}/dashboard");
        await page.WaitInteractiveAsync();
        Assert.Contains("/dashboard", page.Url);
    }
}
