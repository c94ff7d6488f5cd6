using ElectionTool.Data.Entities;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.OfficeStaff;

/// <summary>The Admin reopens a finalized list with a reason; the office can edit again and the reopening is on record.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ReopenBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    protected override async Task SeedAsync()
    {
        await App.WithDbAsync(async db =>
        {
            db.Offices.Add(new Office
            {
                Code = "PWD-007",
                Name = "PWD Sub-Division Devgarh",
                Department = new Department { Code = "PWD", Name = "Public Works" },
                ListState = StaffListState.Finalized,
                FinalizedAt = DateTimeOffset.UtcNow.AddDays(-1),
                FinalizedBy = "PWD-007",
            });
            await db.SaveChangesAsync();
        });
        await App.CreateUserAsync("it-admin", Roles.Admin);
    }

    [Fact]
    public async Task Admin_reopens_a_finalized_list_with_a_recorded_reason()
    {
        var page = await SignedInPageAsync("it-admin", "/offices/PWD-007/staff");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("locked")).ToBeVisibleAsync();

        await page.GetByTestId("reopen").ClickAsync();
        await Assertions.Expect(page.GetByTestId("reopen-confirm")).ToBeDisabledAsync();
        await page.GetByLabel("Reason for reopening").FillAsync("Two transferred clerks were left out");
        await page.GetByTestId("reopen-confirm").ClickAsync();

        await Assertions.Expect(page.GetByTestId("list-state")).ToContainTextAsync("In progress");
        await Assertions.Expect(page.GetByTestId("locked")).ToHaveCountAsync(0);
        await App.WithDbAsync(async db =>
        {
            var reopened = await db.ListEvents.SingleAsync(e => e.Kind == ListEventKind.Reopened);
            Assert.Equal(("it-admin", "Two transferred clerks were left out"), (reopened.UserName, reopened.Reason));
            Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.Action == "Reopen" && a.After!.Contains("transferred clerks"));
        });
    }
}
