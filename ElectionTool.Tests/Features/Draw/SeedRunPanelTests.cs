using Bunit;
using ElectionTool.Features.Draw.Pages;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Draw;

/// <summary>The seed and Run panel every stage of every draw shares: while a stage runs, the Admin can stop it.</summary>
public sealed class SeedRunPanelTests : IAsyncDisposable
{
    private readonly BunitContext _ctx = ComponentContext.New();

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();

    [Fact]
    public void While_a_stage_runs_the_Admin_can_stop_it_and_is_told_when_it_stops_by_itself()
    {
        var stops = 0;
        var panel = _ctx.Render<SeedRunPanel>(p => p.Add(x => x.Busy, true).Add(x => x.OnStop, () => stops++).Add(x => x.LimitMinutes, 10));

        panel.Find("[data-testid=stop-draw]").Click();

        Assert.Equal(1, stops);
        Assert.Contains("it stops by itself after 10 minutes", panel.Markup);
    }

    [Fact]
    public void Stopping_shows_once_asked_and_nothing_to_stop_shows_when_idle()
    {
        var panel = _ctx.Render<SeedRunPanel>(p => p.Add(x => x.Busy, true).Add(x => x.Stopping, true).Add(x => x.OnStop, () => { }));
        Assert.True(panel.Find("[data-testid=stop-draw]").HasAttribute("disabled"));
        Assert.Contains("Stopping…", panel.Find("[data-testid=stop-draw]").TextContent);

        panel.Render(p => p.Add(x => x.Busy, false).Add(x => x.Stopping, false));
        Assert.Empty(panel.FindAll("[data-testid=stop-draw]"));
    }
}
