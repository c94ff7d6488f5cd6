using Bunit;
using ElectionTool.Features.Maps;
using ElectionTool.Features.Maps.Pages;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using static ElectionTool.Tests.Features.Maps.MapFixtures;

namespace ElectionTool.Tests.Features.Maps;

/// <summary>The map component draws what the database holds: one path per boundary, one marker per located station.</summary>
public sealed class DistrictMapRenderTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private BunitContext _ctx = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await MastersAsync(_h);
        await _h.Get<BoundaryImportService>().ImportAsync(Stream(Good()), "bhopal.geojson", default);
        _ctx = new BunitContext();
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.Services.AddMudServices();
        _ctx.Services.AddLocalization();
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task The_map_draws_the_unit_its_parts_and_the_stations_with_their_details()
    {
        var scene = await _h.Get<MapService>().SceneAsync(null, default);

        var map = _ctx.Render<DistrictMap>(p => p.Add(m => m.Scene, scene));

        Assert.Single(map.FindAll("path[data-unit]"));
        Assert.Equal(2, map.FindAll("path[data-part]").Count);
        var stations = map.FindAll("g[data-station]");
        Assert.Equal(["AC-071/1", "AC-071/2"], stations.Select(s => s.GetAttribute("data-station")));
        Assert.Single(stations[0].QuerySelectorAll("rect"));
        Assert.Equal("AC-071 station 1: Govt. School Shahjahanabad · 900 electors · critical · sector none", stations[0].QuerySelector("title")!.TextContent);
        Assert.Contains("women-managed", stations[1].QuerySelector("title")!.TextContent);
        Assert.Contains("#d81b60", stations[1].QuerySelector("circle")!.GetAttribute("fill"));
    }

    [Fact]
    public async Task A_layer_can_be_switched_off_and_a_click_shows_the_station()
    {
        var scene = await _h.Get<MapService>().SceneAsync("AC-071", default);
        var map = _ctx.Render<DistrictMap>(p => p.Add(m => m.Scene, scene));

        var layer = map.Find("[data-testid=layer-parts]");
        await map.InvokeAsync(() => (layer.TagName == "INPUT" ? layer : layer.QuerySelector("input")!).Change(false));
        await map.InvokeAsync(() => map.Find("g[data-station='AC-071/2']").Click());

        Assert.Empty(map.FindAll("path[data-part]"));
        Assert.Contains("Kanya Shala Idgah · 1100 electors", map.Find("[data-testid=station-details]").TextContent);
    }

    [Fact]
    public void The_projection_keeps_north_up_and_the_district_inside_the_canvas()
    {
        var scene = new MapScene(77.40, 23.20, 77.42, 23.22, [], [], [], [], []);
        var p = new MapProjection(scene);

        Assert.True(p.Y(23.22) < p.Y(23.20));
        Assert.InRange(p.X(77.40), 0, MapProjection.Width);
        Assert.InRange(p.X(77.42), 0, MapProjection.Width);
        Assert.InRange(p.Y(23.20), 0, p.Height);
        // A square of 0.02° at 23° N is wider in degrees than on the ground: the canvas is taller than wide.
        Assert.True(p.Height > MapProjection.Width);
    }
}
