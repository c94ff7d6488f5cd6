using Bunit;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Employees;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Dashboard;

/// <summary>Bursts of changes are coalesced; an open dashboard re-renders by itself when a list is finalized.</summary>
public sealed class LiveUpdateTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private SmallDistrict _d = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        _d = await SmallDistrict.SeedAsync(_h);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private void Publish(int n, StaffChangeKind kind = StaffChangeKind.RowsSaved)
    {
        var notifier = _h.Get<StaffListNotifier>();
        for (var i = 0; i < n; i++)
        {
            notifier.Publish(new StaffListChange(_d.RevInProgress, _d.Rev, kind, 1, DateTimeOffset.UtcNow));
        }
    }

    [Fact]
    public async Task A_burst_of_1000_changes_reaches_each_screen_as_one_update_and_one_recompute()
    {
        var live = _h.Get<DashboardLive>();
        var cache = _h.Get<DashboardSnapshotCache>();
        var updates = new int[50];
        var subscriptions = Enumerable.Range(0, updates.Length).Select(i => live.Subscribe(async _ =>
        {
            await cache.GetAsync(DashboardScope.District, default);
            Interlocked.Increment(ref updates[i]);
        })).ToList();
        await cache.GetAsync(DashboardScope.District, default);
        var computations = cache.Computations;

        Publish(1000);
        await Poll(() => updates.All(u => u > 0));
        await Task.Delay(live.Options.Window * 3);

        Assert.All(updates, u => Assert.Equal(1, u));
        Assert.Equal(1, cache.Computations - computations);
        subscriptions.ForEach(s => s.Dispose());
        Assert.Equal(0, live.SubscriberCount);
    }

    [Fact]
    public async Task The_cache_serves_an_unchanged_snapshot_without_recomputing()
    {
        var cache = _h.Get<DashboardSnapshotCache>();

        var first = await cache.GetAsync(DashboardScope.District, default);
        var again = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => cache.GetAsync(DashboardScope.District, default)));
        Publish(1);
        var changed = await cache.GetAsync(DashboardScope.District, default);

        Assert.All(again, s => Assert.Same(first, s));
        Assert.NotSame(first, changed);
    }

    [Fact]
    public async Task An_open_dashboard_page_changes_when_an_office_finalizes()
    {
        await using var ctx = NewContext();
        var page = ctx.Render<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal("1", page.Find("[data-testid=headline-finalized]").TextContent.Trim()), TimeSpan.FromSeconds(5));

        await using (var db = _h.Db())
        {
            await db.Offices.Where(o => o.Id == _d.RevInProgress).ExecuteUpdateAsync(s => s.SetProperty(o => o.ListState, StaffListState.Finalized));
        }
        Publish(1, StaffChangeKind.Finalized);

        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=headline-finalized]").TextContent.Trim()), TimeSpan.FromSeconds(3));
        // REV-2's level-10 officer has joined the pool: 3 of 7 Presiding Officers.
        Assert.Contains("Short by 4", page.Find("[data-testid=role-PresidingOfficer]").TextContent);
    }

    [Fact]
    public async Task A_closed_dashboard_page_stops_listening()
    {
        var live = _h.Get<DashboardLive>();
        var before = live.SubscriberCount;
        await using (var ctx = NewContext())
        {
            var page = ctx.Render<DashboardPage>();
            page.WaitForAssertion(() => Assert.Equal(before + 1, live.SubscriberCount), TimeSpan.FromSeconds(20));
        }

        Assert.Equal(before, live.SubscriberCount);
    }

    private BunitContext NewContext()
    {
        var ctx = ComponentContext.Over(_h.Services);
        ctx.AddAuthorization().SetAuthorized("admin").SetRoles(Roles.Admin);
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return ctx;
    }

    private static async Task Poll(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }
    }
}
