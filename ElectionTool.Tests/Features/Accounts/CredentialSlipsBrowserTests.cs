using ElectionTool.Data.Entities;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Accounts;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class CredentialSlipsBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    protected override async Task SeedAsync()
    {
        await App.WithDbAsync(async db =>
        {
            var dept = new Department { Code = "HLT", Name = "Health" };
            db.Offices.AddRange(
                new Office { Code = "HLT-001", Name = "CHC Rampur / सामुदायिक स्वास्थ्य केंद्र रामपुर", Department = dept },
                new Office { Code = "HLT-002", Name = "CHC Devgarh", Department = dept });
            db.Offices.AddRange(Enumerable.Range(3, 8).Select(i => new Office { Code = $"HLT-{i:000}", Name = $"PHC {i}", Department = dept }));
            await db.SaveChangesAsync();
        });
        await App.CreateUserAsync("it-admin", Roles.Admin);
    }

    [Fact]
    public async Task Admin_creates_office_accounts_and_prints_slips_whose_passwords_work_once()
    {
        var page = await SignedInPageAsync("it-admin", "/accounts");
        await page.WaitInteractiveAsync();

        await page.GetByTestId("create-office-accounts").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("slips-ready")).ToContainTextAsync("10 one-time password(s) issued");
        var slips = await page.Context.RunAndWaitForPageAsync(() => page.GetByTestId("print-slips").ClickAsync());
        await slips.WaitForLoadStateAsync();
        await Assertions.Expect(slips.GetByTestId("slips")).ToContainTextAsync("सामुदायिक स्वास्थ्य केंद्र रामपुर");
        await slips.ScreenshotForReviewAsync("credential-slips");
        var password = await slips.Locator(".slip").First.Locator(".secret").Nth(1).InnerTextAsync();

        var operatorPage = await NewPageAsync();
        await operatorPage.SignInAsync(Url, "HLT-001", password.Trim());
        await operatorPage.WaitForURLAsync("**/Identity/Account/Manage/ChangePassword");
    }

    [Fact]
    public async Task Issued_slips_survive_leaving_the_page_and_print_eight_to_an_A4_sheet()
    {
        var page = await SignedInPageAsync("it-admin", "/accounts");
        await page.WaitInteractiveAsync();
        await page.GetByTestId("create-office-accounts").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("slips-ready")).ToContainTextAsync("Not printed yet");

        await page.GotoAsync($"{Url}/dashboard");
        await page.GotoAsync($"{Url}/accounts");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("slips-ready")).ToContainTextAsync("10 one-time password(s) issued");
        await page.ScreenshotAtBothSizesAsync("accounts-pending-slips");

        var href = await page.GetByTestId("print-slips").GetAttributeAsync("href");
        var slips = await page.Context.NewPageAsync();
        await slips.GotoAsync(Url + href);
        await Assertions.Expect(slips.Locator(".slip")).ToHaveCountAsync(10);
        var pdf = await slips.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
        Assert.Equal(2, PdfPages.Count(pdf));
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("slips-ready")).ToContainTextAsync("Opened for printing");
    }
}
