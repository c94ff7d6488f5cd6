using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Accounts;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SignInBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Admin_signs_in_and_adds_a_department_through_the_dialog()
    {
        await App.CreateUserAsync("it-admin", Roles.Admin);
        var page = await SignedInPageAsync("it-admin");
        await page.WaitInteractiveAsync();
        await page.ScreenshotForReviewAsync("home-admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Departments" }).ClickAsync();
        await page.GetByTestId("add").ClickAsync();
        await page.GetByLabel("Code").FillAsync("rev");
        await page.GetByLabel("Name").FillAsync("Revenue / राजस्व");
        await page.GetByTestId("save").ClickAsync();

        var row = page.GetByTestId("grid").GetByRole(AriaRole.Row).Filter(new() { HasText = "REV" });
        await Assertions.Expect(row).ToContainTextAsync("Revenue / राजस्व");
        await page.ScreenshotForReviewAsync("departments");
    }

    [Fact]
    public async Task A_user_with_a_one_time_password_must_change_it_before_any_page()
    {
        await App.CreateUserAsync("new-nodal", Roles.NodalOfficer, mustChangePassword: true);
        var page = await SignedInPageAsync("new-nodal");
        await page.WaitForURLAsync("**/Identity/Account/Manage/ChangePassword");
        await page.GotoAsync($"{Url}/");
        Assert.Contains("/Identity/Account/Manage/ChangePassword", page.Url);

        await page.FillAsync("#Input_OldPassword", AppFactory.Password);
        await page.FillAsync("#Input_NewPassword", "My-Own-Password-42");
        await page.FillAsync("#Input_ConfirmPassword", "My-Own-Password-42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
        await page.GotoAsync($"{Url}/");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Welcome");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        await App.CreateUserAsync("op-locked", Roles.Observer);
        var page = await NewPageAsync();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await page.SubmitSignInAsync(Url, "op-locked", "Wrong-Password-1");
        }
        await page.WaitForURLAsync("**/Identity/Account/Lockout");
        await page.SignInAsync(Url, "op-locked");

        Assert.Contains("/Identity/Account/Lockout", page.Url);
    }
}
