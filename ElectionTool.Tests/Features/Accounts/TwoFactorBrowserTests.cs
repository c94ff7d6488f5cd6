using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Accounts;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class TwoFactorBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppFactory _app = new AppFactory().WithSetting("Election:RequireTwoFactorForAdmin", "true");
    private string _url = "";

    public Task InitializeAsync()
    {
        _url = _app.StartOnRealPort();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_admin_must_set_up_an_authenticator_and_then_signs_in_with_its_code()
    {
        await _app.CreateUserAsync("secure-admin", Roles.Admin);
        var page = await browser.NewPageAsync();

        await page.SignInAsync(_url, "secure-admin");
        await page.WaitForURLAsync("**/Identity/Account/Manage/TwoFactorAuthentication");
        await page.GotoAsync($"{_url}/masters/departments");
        Assert.Contains("/Identity/Account/Manage/TwoFactorAuthentication", page.Url);

        await page.GotoAsync($"{_url}/Identity/Account/Manage/EnableAuthenticator");
        await Assertions.Expect(page.GetByTestId("authenticator-qr")).ToBeVisibleAsync();
        await page.ScreenshotForReviewAsync("enable-authenticator");
        var key = await page.GetByTestId("shared-key").InnerTextAsync();
        await page.FillAsync("#Input_Code", Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and turn on" }).ClickAsync();
        await page.WaitForURLAsync("**/ShowRecoveryCodes");

        await page.GotoAsync($"{_url}/masters/departments");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Departments");

        await page.Context.ClearCookiesAsync();
        await page.SignInAsync(_url, "secure-admin");
        await page.WaitForURLAsync("**/LoginWith2fa**");
        await page.FillAsync("#Input_TwoFactorCode", Totp.Code(key));
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welcome");
    }
}
