using Bunit;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Common;
using ElectionTool.Features.Dashboard;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ElectionTool.Tests.Features.Dashboard;

/// <summary>The dashboard's pieces render their DTOs as a nodal officer would read them.</summary>
public sealed class ComponentRenderTests : IAsyncDisposable
{
    private readonly BunitContext _ctx = ComponentContext.New();

    public ComponentRenderTests()
    {
        _ctx.Services.AddSingleton(new DistrictClock(new FakeClock(), Options.Create(new DistrictOptions())));
    }

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();

    private static PoolAvailability Availability(string? reason = null) => new(
        [new EligibilityStep("Office's list not finalized", 40, 60)], 60, 2,
        [new RoleAvailability(Role.PresidingOfficer, "Presiding Officers", 12, 3, 20, 2), new RoleAvailability(Role.PollingOfficer1, "Polling Officers 1", 30, 8, 20, 2)],
        16, 88, "Test 2027", reason);

    [Fact]
    public void Role_panel_says_enough_or_short_by_how_many()
    {
        var panel = _ctx.Render<RoleAvailabilityPanel>(p => p.Add(x => x.Availability, Availability()).Add(x => x.Total, 100));

        Assert.Contains("Short by 8", panel.Find("[data-testid=role-PresidingOfficer]").TextContent);
        Assert.Contains("Enough", panel.Find("[data-testid=role-PollingOfficer1]").TextContent);
        Assert.Equal("58", panel.Find("[data-testid=pool-total]").TextContent);
        Assert.Contains("Short by 30", panel.Markup);
    }

    [Fact]
    public void Role_panel_for_a_nodal_officer_shows_no_verdict_on_the_district_need()
    {
        var panel = _ctx.Render<RoleAvailabilityPanel>(p => p.Add(x => x.Availability, Availability()).Add(x => x.Total, 100).Add(x => x.DistrictWide, false));

        Assert.Empty(panel.FindAll("[data-testid=role-status]"));
        Assert.Contains("Needs are the district's", panel.Markup);
    }

    [Fact]
    public void Headline_shows_counts_percentages_and_the_time_left()
    {
        var now = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
        var headline = new Headline(200, 50, 100, 50, 4000, 6000, new EntryDeadline("Test 2027", now.AddDays(2).AddHours(3)));

        var tiles = _ctx.Render<HeadlineFigures>(p => p.Add(x => x.Headline, headline).Add(x => x.Now, now));

        Assert.Equal("50", tiles.Find("[data-testid=headline-finalized]").TextContent);
        Assert.Contains("25% of 200 offices", tiles.Markup);
        Assert.Contains("of 6,000 declared (66.7%)", tiles.Markup);
        Assert.Equal("2 days 3 hours left", tiles.Find("[data-testid=headline-deadline]").TextContent);
    }

    [Fact]
    public void Feed_and_progress_explain_themselves_when_there_is_nothing_yet()
    {
        var feed = _ctx.Render<ActivityFeed>(p => p.Add(x => x.Feed, []));
        var progress = _ctx.Render<ProgressChart>(p => p.Add(x => x.Progress, new ProgressOverTime([], null, 10)));

        Assert.Contains("Nothing finalized yet", feed.Markup);
        Assert.Contains("No finalizations yet", progress.Markup);
    }

    [Fact]
    public void Feed_shows_who_finalized_or_reopened_and_why()
    {
        var feed = _ctx.Render<ActivityFeed>(p => p.Add(x => x.Feed, new List<ListActivity>
        {
            new(2, DateTimeOffset.UtcNow, ListEventKind.Reopened, "REV-2", "Tehsil office", "REV", "admin", "Two transfers missing", 0),
            new(1, DateTimeOffset.UtcNow, ListEventKind.Finalized, "EDU-1", "Girls school", "EDU", "clerk", null, 42),
        }));

        var items = feed.FindAll("[data-testid=feed-item]");
        Assert.Contains("Tehsil office was reopened", items[0].TextContent);
        Assert.Contains("Two transfers missing", items[0].TextContent);
        Assert.Contains("Girls school finalized 42 staff", items[1].TextContent);
    }

    [Fact]
    public void Projector_shows_every_department_page_by_page()
    {
        var departments = Enumerable.Range(1, 16)
            .Select(i => new DepartmentProgress(i, $"D{i:00}", $"Department {i}", 10, 5, 3, 2, 100, 200)).ToList();

        var table = _ctx.Render<ProjectorDepartments>(p => p.Add(x => x.Departments, departments));

        Assert.Equal(8, table.FindAll("tbody tr").Count);
        Assert.Contains("1–8 of 16", table.Find("[data-testid=projector-departments-page]").TextContent);
        table.Find("[data-testid=projector-departments-next]").Click();
        Assert.Contains("D16", table.Find("tbody").TextContent);
        Assert.Contains("9–16 of 16", table.Find("[data-testid=projector-departments-page]").TextContent);
        Assert.DoesNotContain("D01", table.Find("tbody").TextContent);
    }

    [Fact]
    public void Pay_levels_are_labelled_bars_scaled_to_the_largest()
    {
        var bars = _ctx.Render<PayLevelBars>(p => p.Add(x => x.Levels, [new CountBy("L4", 10), new CountBy("L10", 40)]));

        Assert.Equal(["L4", "L10"], bars.FindAll(".pay-bar-label").Select(l => l.TextContent));
        Assert.Contains("width:25%", bars.FindAll(".pay-bar-fill")[0].GetAttribute("style"));
        Assert.Contains("width:100%", bars.FindAll(".pay-bar-fill")[1].GetAttribute("style"));
    }
}
