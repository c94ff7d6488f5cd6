using Bunit;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Maps;
using ElectionTool.Features.Maps.Pages;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
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
        _ctx = ComponentContext.New();
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task The_map_draws_the_unit_its_parts_and_the_stations_with_their_details()
    {
        var scene = await _h.Get<MapService>().SceneAsync(null, DashboardScope.District, default);

        var map = _ctx.Render<DistrictMap>(p => p.Add(m => m.Scene, scene));

        Assert.Single(map.FindAll("path[data-unit]"));
        Assert.Equal(2, map.FindAll("path[data-part]").Count);
        var stations = map.FindAll("g[data-station]");
        Assert.Equal(["AC-071/1", "AC-071/2"], stations.Select(s => s.GetAttribute("data-station")));
        Assert.Single(stations[0].QuerySelectorAll("rect"));
        Assert.Equal("AC-071 station 1: Govt. School Shahjahanabad · 900 electors · Critical · no sector", stations[0].QuerySelector("title")!.TextContent);
        Assert.Contains("Women-managed", stations[1].QuerySelector("title")!.TextContent);
        Assert.Contains("#d81b60", stations[1].QuerySelector("circle")!.GetAttribute("fill"));
    }

    [Fact]
    public async Task A_layer_can_be_switched_off_and_a_click_shows_the_station()
    {
        var scene = await _h.Get<MapService>().SceneAsync("AC-071", DashboardScope.District, default);
        var map = _ctx.Render<DistrictMap>(p => p.Add(m => m.Scene, scene));

        var layer = map.Find("[data-testid=layer-parts]");
        await map.InvokeAsync(() => (layer.TagName == "INPUT" ? layer : layer.QuerySelector("input")!).Change(false));
        await map.InvokeAsync(() => map.Find("g[data-station='AC-071/2']").Click());

        Assert.Empty(map.FindAll("path[data-part]"));
        Assert.Contains("Kanya Shala Idgah · 1100 electors", map.Find("[data-testid=station-details]").TextContent);
    }

    [Fact]
    public async Task By_default_the_map_asks_no_server_for_anything()
    {
        var scene = await _h.Get<MapService>().SceneAsync(null, DashboardScope.District, default);

        var map = _ctx.Render<DistrictMap>(p => p.Add(m => m.Scene, scene));

        Assert.Empty(map.FindAll("image"));
        Assert.Empty(map.FindAll("[data-testid=layer-tiles]"));
        var links = map.FindAll("[href],[src],[xlink\\:href]").SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src" or "xlink:href").Select(a => a.Value);
        Assert.DoesNotContain(links, l => l.Contains("//", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"(?i)(https?:)?//(?!www\.w3\.org/)[a-z0-9.-]+", map.Find("svg[data-testid=map-svg]").OuterHtml);
    }

    [Fact]
    public async Task With_the_districts_tile_server_set_its_tiles_lie_under_the_stations()
    {
        _ctx.Services.Configure<MapOptions>(o => o.TileUrl = "http://tiles.district.lan/{z}/{x}/{y}.png");
        var scene = await _h.Get<MapService>().SceneAsync(null, DashboardScope.District, default);

        var map = _ctx.Render<DistrictMap>(p => p.Add(m => m.Scene, scene));

        var tiles = map.FindAll("image[data-tile]");
        Assert.NotEmpty(tiles);
        Assert.All(tiles, t => Assert.Matches(@"^http://tiles\.district\.lan/\d+/\d+/\d+\.png$", t.GetAttribute("href")));
        // Station 1 (77.405 E, 23.21 N) lies in the standard Web Mercator tile of its zoom, and that tile is drawn around its marker.
        var z = int.Parse(tiles[0].GetAttribute("data-tile")!.Split('/')[0]);
        var n = Math.Pow(2, z);
        var (x, y) = ((int)Math.Floor((77.405 + 180) / 360 * n), (int)Math.Floor((1 - Math.Log(Math.Tan(23.21 * Math.PI / 180) + 1 / Math.Cos(23.21 * Math.PI / 180)) / Math.PI) / 2 * n));
        var tile = Assert.Single(tiles, t => t.GetAttribute("data-tile") == $"{z}/{x}/{y}");
        var marker = map.Find("g[data-station='AC-071/1'] rect");
        double At(AngleSharp.Dom.IElement e, string name) => double.Parse(e.GetAttribute(name)!, System.Globalization.CultureInfo.InvariantCulture);
        var (cx, cy) = (At(marker, "x") + At(marker, "width") / 2, At(marker, "y") + At(marker, "height") / 2);
        Assert.InRange(cx, At(tile, "x"), At(tile, "x") + At(tile, "width"));
        Assert.InRange(cy, At(tile, "y"), At(tile, "y") + At(tile, "height"));
        Assert.True(map.FindAll("image").Count > 0 && map.Markup.IndexOf("<image", StringComparison.Ordinal) < map.Markup.IndexOf("data-part", StringComparison.Ordinal), "tiles are drawn under the boundaries");

        var layer = map.Find("[data-testid=layer-tiles]");
        await map.InvokeAsync(() => (layer.TagName == "INPUT" ? layer : layer.QuerySelector("input")!).Change(false));
        Assert.Empty(map.FindAll("image"));
    }

    [Fact]
    public async Task A_drag_in_the_browser_moves_the_view_and_the_next_render_keeps_it()
    {
        var scene = await _h.Get<MapService>().SceneAsync(null, DashboardScope.District, default);
        var map = _ctx.Render<DistrictMap>(p => p.Add(m => m.Scene, scene));
        Assert.Contains(_ctx.JSInterop.Invocations, i => i.Identifier == "import" && i.Arguments[0] is "./Features/Maps/Pages/DistrictMap.razor.js");

        await map.InvokeAsync(() => map.Instance.SetView(120, 80, 500, 400));
        await map.InvokeAsync(() => map.Find("g[data-station='AC-071/2']").Click());

        Assert.Equal("120 80 500 400", map.Find("svg[data-testid=map-svg]").GetAttribute("viewBox"));
    }

    [Fact]
    public async Task A_Hindi_user_reads_the_station_in_Hindi_with_its_name_as_entered()
    {
        var scene = await _h.Get<MapService>().SceneAsync(null, DashboardScope.District, default);
        using var _ = ElectionTool.Tests.Features.Language.InLanguage.Hindi();

        var map = _ctx.Render<DistrictMap>(p => p.Add(m => m.Scene, scene));

        Assert.Equal("AC-071 केंद्र 1: Govt. School Shahjahanabad · 900 मतदाता · अति संवेदनशील · कोई सेक्टर नहीं",
            map.Find("g[data-station='AC-071/1'] title").TextContent);
        Assert.Contains("महिला-प्रबंधित", map.Find("[data-testid=map-legend]").TextContent);
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
