using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Finalization;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ElectionTool.Tests.Features.Dashboard;

/// <summary>The dashboard and the projector are open in a browser while an office finalizes: both change without reload.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DashboardBrowserTests(BrowserFixture browser) : BrowserTest(browser)
{
    private int _pendingOffice;

    protected override async Task SeedAsync()
    {
        await App.WithDbAsync(SeedDistrictAsync);
        await App.CreateUserAsync("deo", Roles.Admin);
    }

    [Fact]
    public async Task The_dashboard_and_projector_change_live_when_an_office_finalizes()
    {
        var dashboard = await SignedInPageAsync("deo", "/dashboard");
        await dashboard.WaitInteractiveAsync();
        var projector = await dashboard.Context.NewPageAsync();
        await projector.SetViewportSizeAsync(1600, 900);
        await projector.GotoAsync($"{Url}/dashboard/projector");
        await projector.WaitInteractiveAsync();
        await Assertions.Expect(dashboard.GetByTestId("headline-finalized")).ToHaveTextAsync("4");
        Assert.True(await dashboard.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The dashboard scrolls sideways.");
        await dashboard.ScreenshotForReviewAsync("dashboard");
        await projector.ScreenshotForReviewAsync("projector");

        var result = await App.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<CurrentUser>().ActAs("clerk-rev-12");
            return await sp.GetRequiredService<FinalizationService>().FinalizeAsync(_pendingOffice, certificateConfirmed: true, default);
        });

        Assert.True(result.Succeeded, result.Message);
        await Assertions.Expect(dashboard.GetByTestId("headline-finalized")).ToHaveTextAsync("5", new() { Timeout = 3000 });
        await Assertions.Expect(projector.GetByTestId("headline-finalized")).ToHaveTextAsync("5", new() { Timeout = 3000 });
        await Assertions.Expect(dashboard.GetByTestId("feed-item").First).ToContainTextAsync("Office REV-12 finalized 3 staff");
        await dashboard.ScreenshotForReviewAsync("dashboard-after-finalize");

        await dashboard.GotoAsync($"{Url}/pending");
        await dashboard.WaitInteractiveAsync();
        await Assertions.Expect(dashboard.GetByTestId("pending-grid")).ToContainTextAsync("EDU-05");
        await dashboard.ScreenshotForReviewAsync("pending");
        await dashboard.SetViewportSizeAsync(1366, 768);
        Assert.Equal(1, await MostLinesOfAPhoneNumberAsync(dashboard, "pending-grid"));
    }

    /// <summary>How many lines the most broken phone number in the table takes (1 when none splits in the middle).</summary>
    private static Task<int> MostLinesOfAPhoneNumberAsync(IPage page, string testId) => page.EvaluateAsync<int>(@"id => {
        const walker = document.createTreeWalker(document.querySelector(`[data-testid=${id}]`), NodeFilter.SHOW_TEXT);
        let most = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const m of node.textContent.matchAll(/\+?\d[\d -]{8,}\d/g)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                most = Math.max(most, tops.size);
            }
        }
        return most;
    }", testId);

    private async Task SeedDistrictAsync(Data.ElectionDbContext db)
    {
        var departments = new[] { ("REV", "Revenue / राजस्व"), ("EDU", "School Education"), ("HLT", "Public Health"), ("PWD", "Public Works") }
            .Select(d => new Department { Code = d.Item1, Name = d.Item2 }).ToList();
        var units = Enumerable.Range(1, 3).Select(i => new ConstituencyUnit { Code = ConstituencyUnit.AcCode(i), Kind = UnitKind.AssemblyConstituency, Number = i, Name = $"AC {i}" }).ToList();
        db.AddRange(departments);
        db.AddRange(units);
        var offices = new List<Office>();
        for (var i = 0; i < 14; i++)
        {
            var department = departments[i % 4];
            offices.Add(new Office
            {
                Code = $"{department.Code}-{i:00}",
                Name = $"Office {department.Code}-{i:00}",
                Department = department,
                ConstituencyUnit = units[i % 2],
                ListState = i < 4 ? StaffListState.Finalized : i < 10 ? StaffListState.InProgress : StaffListState.NotStarted,
                DeclaredTotal = 3,
                DeclaredMale = 3,
                Phone = $"0755-25{i:0000}",
                HeadMobile = $"94250{i:00000}",
                HeadDesignation = "Tehsildar",
                LastActivityAt = DateTimeOffset.UtcNow.AddHours(-i * 5),
            });
        }
        db.AddRange(offices);
        db.Elections.Add(new Election
        {
            Name = "Vidhan Sabha 2027",
            PollDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3),
            UnitKind = UnitKind.AssemblyConstituency,
            IsCurrent = true,
            EntryDeadline = DateTimeOffset.UtcNow.AddDays(4).AddHours(6),
            IncludeFourthPollingOfficer = true,
        });
        db.PollingStations.AddRange(Enumerable.Range(1, 6).Select(i => new PollingStation
        { ConstituencyUnit = units[i % 2], Number = i, Name = $"PS {i}", Electors = 900 + i * 100, WomenManaged = i == 3 }));
        await db.SaveChangesAsync();

        var shapes = new Action<Employee>[]
        {
            e => (e.PayLevel, e.BasicPay, e.ServiceGroup) = (10, 60000, ServiceGroup.A),
            e => (e.PayLevel, e.BasicPay, e.ServiceGroup) = (6, 40000, ServiceGroup.B),
            e => (e.PayLevel, e.BasicPay) = (3, 25000),
        };
        var person = 1_000_000;
        foreach (var office in offices.Where(o => o.ListState != StaffListState.NotStarted || o.Code == "REV-12"))
        {
            var staff = office.ListState == StaffListState.Finalized || office.Code == "REV-12" ? 3 : 2;
            for (var k = 0; k < staff; k++)
            {
                db.Employees.Add(EmployeeBuilder.Entity(++person, office.Id, units[2].Id, shapes[k]));
            }
        }
        await db.SaveChangesAsync();
        var day = DateTimeOffset.UtcNow.AddDays(-3);
        foreach (var (office, i) in offices.Take(4).Select((o, i) => (o, i)))
        {
            await db.AddEventAsync(office.Id, ListEventKind.Finalized, day.AddDays(i * 0.7), 3);
        }
        _pendingOffice = await db.Offices.Where(o => o.Code == "REV-12").Select(o => o.Id).SingleAsync();
    }
}
