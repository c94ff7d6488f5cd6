using System.Security.Claims;
using ElectionTool.Data.Entities;
using ElectionTool.Features.PendingOffices;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.PendingOffices;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class OfficeReminderTests(BrowserFixture browser) : BrowserTest(browser)
{
    private int _tehsil;
    private int _chc;
    private int _finalized;

    protected override async Task SeedAsync()
    {
        var nodal = await App.CreateUserAsync("nodal-rev", Roles.NodalOfficer);
        await App.CreateUserAsync("observer", Roles.Observer);
        await App.WithDbAsync(async db =>
        {
            var revenue = new Department { Code = "REV", Name = "Revenue" };
            var tehsil = new Office { Code = "REV-001", Name = "Tehsil Rampur", Department = revenue, HeadMobile = "9425012345" };
            var done = new Office { Code = "REV-002", Name = "Tehsil Devgarh", Department = revenue, ListState = StaffListState.Finalized };
            var chc = new Office { Code = "HLT-001", Name = "CHC Devgarh", Department = new Department { Code = "HLT", Name = "Health" } };
            db.Offices.AddRange(tehsil, done, chc);
            await db.SaveChangesAsync();
            db.NodalDepartments.Add(new NodalDepartment { UserId = nodal.Id, DepartmentId = revenue.Id });
            await db.SaveChangesAsync();
            (_tehsil, _chc, _finalized) = (tehsil.Id, chc.Id, done.Id);
        });
        await App.CreateUserAsync("op-rev", Roles.OfficeOperator, _tehsil);
    }

    private static ClaimsPrincipal User(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role),
            new Claim(ClaimTypes.NameIdentifier, name)], "test"));

    private Task<string?> Remind(ClaimsPrincipal user, int office, string message = "Please finalize today.") =>
        App.WithScopeAsync(sp => sp.GetRequiredService<OfficeReminderService>().RemindAsync(user, office, message, default));

    [Fact]
    public async Task Reminders_are_refused_outside_the_nodal_officers_departments_for_finalized_lists_and_for_observers()
    {
        var nodal = await NodalWithIdAsync();

        Assert.Equal("This office is not in your departments.", await Remind(nodal, _chc));
        Assert.Equal("Tehsil Devgarh has already finalized its list.", await Remind(nodal, _finalized));
        Assert.Equal("Write a reminder of 1 to 500 characters.", await Remind(nodal, _tehsil, "  "));
        Assert.Equal("Only nodal officers and the Admin remind offices.", await Remind(User("observer", Roles.Observer), _tehsil));
        Assert.Null(await Remind(nodal, _tehsil));
        await App.WithDbAsync(async db =>
        {
            Assert.Equal("nodal-rev", (await db.OfficeReminders.SingleAsync()).ByUser);
            Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.Action == "Remind" && a.EntityKey == "REV-001");
        });
    }

    [Fact]
    public async Task A_nodal_officer_reminds_from_the_pending_list_and_the_office_sees_it_live_on_its_page_and_home_page()
    {
        // The operator has the office page and the home page open before the reminder is sent: no reload.
        var office = await SignedInPageAsync("op-rev", "/office");
        await office.WaitInteractiveAsync();
        var home = await office.Context.NewPageAsync();
        await home.GotoAsync(Url + "/");
        await home.WaitInteractiveAsync();
        await Assertions.Expect(home.GetByTestId("reminder-notice")).ToHaveCountAsync(0);

        var page = await SignedInPageAsync("nodal-rev", "/pending");
        await page.WaitInteractiveAsync();
        var row = page.GetByTestId("pending-grid").GetByRole(AriaRole.Row).Filter(new() { HasText = "REV-001" });
        await row.GetByTestId("remind").ClickAsync();
        await page.GetByLabel("Reminder shown to the office").FillAsync("Please finalize your list by 5 pm today.");
        await page.GetByTestId("remind-send").ClickAsync();
        await Assertions.Expect(row.GetByTestId("last-reminded")).ToContainTextAsync("by nodal-rev");

        await Assertions.Expect(office.GetByTestId("reminder-notice")).ToContainTextAsync("Please finalize your list by 5 pm today.");
        await Assertions.Expect(home.GetByTestId("reminder-notice")).ToContainTextAsync("Please finalize your list by 5 pm today.");
        await home.ScreenshotAtBothSizesAsync("operator-home-reminder");
    }

    private async Task<ClaimsPrincipal> NodalWithIdAsync()
    {
        var id = await App.WithScopeAsync(sp =>
            sp.GetRequiredService<ElectionTool.Data.ElectionDbContext>().Users.Where(u => u.UserName == "nodal-rev").Select(u => u.Id).SingleAsync());
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "nodal-rev"), new Claim(ClaimTypes.Role, Roles.NodalOfficer), new Claim(ClaimTypes.NameIdentifier, id)], "test"));
    }
}
