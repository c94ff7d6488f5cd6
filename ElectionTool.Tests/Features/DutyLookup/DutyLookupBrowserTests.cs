using System.Text.RegularExpressions;
using ElectionTool.Features.Draw;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.DutyLookup;

/// <summary>A drafted employee follows the look-up address on their order, confirms with the code sent to their mobile (outbox), and opens their own order.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DutyLookupBrowserTests(BrowserFixture browser) : BrowserTest(browser, new AppFactory().WithSetting("District:SignInAddress", PrintedAddress))
{
    private const string PrintedAddress = "http://election.lan";

    protected override async Task SeedAsync()
    {
        await App.WithDbAsync(db => new DrawDistrictBuilder().BuildAsync(db));
        foreach (var stage in new[] { 1, 2 })
        {
            await App.WithScopeAsync(sp => sp.GetRequiredService<DrawService>().AcceptStageAsync(stage));
        }
        await App.CreateUserAsync("lookup-admin", Roles.Admin);
    }

    [Fact]
    public async Task An_employee_opens_the_order_address_confirms_the_code_and_sees_their_own_duty_and_order()
    {
        IReadOnlyList<Duty> duties = [];
        await App.WithDbAsync(async db => duties = await DutyRoster.ReleasedAsync(db, default));
        var person = duties.First(d => !d.IsReserve && d.PartyNumber is not null);

        // The address printed on the appointment orders.
        var office = await SignedInPageAsync("lookup-admin", "/draw/print/orders");
        var printed = (await office.GetByTestId("order-lookup-url").First.InnerTextAsync()).Trim();
        Assert.Equal(PrintedAddress + "/my-duty", printed);

        // The employee's phone, on the LAN address of the same server.
        var phone = await NewPageAsync();
        await phone.GotoAsync(Url + new Uri(printed).AbsolutePath);
        await phone.FillAsync("#who", person.Epic);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send me a code" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#code")).ToBeVisibleAsync();

        var text = "";
        await App.WithDbAsync(async db => text = (await db.SmsOutbox.OrderByDescending(m => m.Id).FirstAsync()).Text);
        var code = Regex.Match(text, @"\b\d{6}\b").Value;
        await phone.FillAsync("#code", code);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Show my duty" }).ClickAsync();

        var card = phone.GetByTestId("my-duty");
        await Assertions.Expect(card).ToContainTextAsync(person.Epic);
        await Assertions.Expect(card.GetByTestId("duty-role")).ToHaveTextAsync(person.RoleTitle);
        await Assertions.Expect(card.GetByTestId("duty-station")).ToHaveTextAsync("Made known at dispatch");
        await phone.ScreenshotForReviewAsync("my-duty");

        var orderPage = await phone.RunAndWaitForPopupAsync(() => phone.GetByTestId("order-link").ClickAsync());
        var order = orderPage.GetByTestId("order");
        await Assertions.Expect(order).ToHaveCountAsync(1);
        await Assertions.Expect(order).ToContainTextAsync("ORDER OF APPOINTMENT");
        await Assertions.Expect(order).ToContainTextAsync(person.Epic);
        var other = duties.First(d => d.OfficeCode != person.OfficeCode);
        Assert.DoesNotContain(other.Epic, await orderPage.ContentAsync());

        await phone.GetByRole(AriaRole.Button, new() { Name = "Done — close my look-up" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#who")).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByTestId("my-duty")).ToHaveCountAsync(0);
    }
}
