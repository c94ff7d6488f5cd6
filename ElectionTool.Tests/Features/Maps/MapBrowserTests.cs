using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Duties;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static ElectionTool.Tests.Features.Maps.MapFixtures;

namespace ElectionTool.Tests.Features.Maps;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class MapBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private string _url = "";

    public async Task InitializeAsync()
    {
        _url = _app.StartOnRealPort();
        await _app.WithDbAsync(async db =>
        {
            var unit = new ConstituencyUnit { Code = "AC-071", Kind = UnitKind.AssemblyConstituency, Number = 71, Name = "Bhopal Uttar" };
            db.ConstituencyUnits.Add(unit);
            db.PollingStations.Add(new PollingStation { ConstituencyUnit = unit, Number = 1, Name = "Govt. School Shahjahanabad", Electors = 900, Latitude = 23.21, Longitude = 77.405, Sensitive = true });
            db.PollingStations.Add(new PollingStation { ConstituencyUnit = unit, Number = 2, Name = "Kanya Shala Idgah", Electors = 1100, Latitude = 23.212, Longitude = 77.415, WomenManaged = true });
            db.Elections.Add(new Election { Name = "Assembly 2028", PollDate = new DateOnly(2028, 11, 20), UnitKind = UnitKind.AssemblyConstituency, IsCurrent = true });
            await db.SaveChangesAsync();
        });
        await _app.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<CurrentUser>().ActAs("test-admin");
            return await sp.GetRequiredService<SectorService>().ProposeAsync(default);
        });
        await _app.CreateUserAsync("map-admin", Roles.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_IT_cell_imports_boundaries_sees_the_stations_on_the_map_toggles_layers_and_prints_a_route_chart()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(_url, "map-admin");

        await page.GotoAsync($"{_url}/maps/import");
        await page.WaitInteractiveAsync();
        await page.Locator("input[type=file][accept*=geojson]").Last.ChooseFileAsync(new FilePayload
        {
            Name = "bhopal.geojson",
            MimeType = "application/geo+json",
            Buffer = System.Text.Encoding.UTF8.GetBytes(Good()),
        });
        await Assertions.Expect(page.GetByTestId("boundary-report")).ToContainTextAsync("Saved 1 unit and 2 part boundaries: 3 added");

        await page.GotoAsync($"{_url}/maps");
        await page.WaitInteractiveAsync();
        var svg = page.GetByTestId("map-svg");
        await Assertions.Expect(svg.Locator("g[data-station]")).ToHaveCountAsync(2);
        await Assertions.Expect(svg.Locator("path[data-part]")).ToHaveCountAsync(2);
        await Assertions.Expect(svg.Locator("path[data-unit]")).ToHaveCountAsync(1);
        await Assertions.Expect(svg.Locator("path[data-sector]")).ToHaveCountAsync(1);
        await page.ScreenshotForReviewAsync("map-district");
        var shot = await svg.ScreenshotAsync();
        Assert.True(shot.Length > 4000, "the map should hold drawn shapes, not a blank frame");
        await page.SetViewportSizeAsync(1366, 768);
        var legend = (await page.GetByTestId("map-legend").BoundingBoxAsync())!;
        Assert.True(legend.Y + legend.Height <= 768, $"On a 1366×768 laptop the legend ends at {legend.Y + legend.Height:F0} px, below the screen.");
        await page.SetViewportSizeAsync(1400, 900);

        await svg.Locator("g[data-station='AC-071/2']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("station-details")).ToContainTextAsync("Kanya Shala Idgah · 1100 electors · Women-managed");
        var box = (await svg.BoundingBoxAsync())!;
        var whole = ViewBox(await svg.GetAttributeAsync("viewBox"));
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Mouse.WheelAsync(0, -300);
        await Assertions.Expect(svg).Not.ToHaveAttributeAsync("viewBox", ViewBoxText(whole));
        var zoomed = ViewBox(await svg.GetAttributeAsync("viewBox"));
        Assert.True(zoomed[2] < whole[2], "the wheel zooms in");
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width / 2 + 150, box.Y + box.Height / 2 + 40, new() { Steps = 6 });
        await page.Mouse.UpAsync();
        await page.WaitForTimeoutAsync(500);
        var dragged = ViewBox(await svg.GetAttributeAsync("viewBox"));
        Assert.True(dragged[0] < zoomed[0] && dragged[1] < zoomed[1], "dragging right and down shows what lies left and up");
        Assert.Equal(zoomed[2], dragged[2], 0.5);
        await page.GetByTestId("layer-parts").ClickAsync();
        await Assertions.Expect(svg.Locator("path[data-part]")).ToHaveCountAsync(0);
        await Assertions.Expect(svg.Locator("g[data-station]")).ToHaveCountAsync(2);

        await page.GotoAsync($"{_url}/maps/projector");
        await page.WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("map-projector-view").Locator("g[data-station]")).ToHaveCountAsync(2);
        await page.ScreenshotForReviewAsync("map-projector");

        await page.GotoAsync($"{_url}/maps/route-charts");
        var chart = page.GetByTestId("route-chart");
        await Assertions.Expect(chart).ToHaveCountAsync(1);
        await Assertions.Expect(chart).ToContainTextAsync("Kanya Shala Idgah");
        await Assertions.Expect(chart.Locator("svg g[data-station]")).ToHaveCountAsync(2);
        await page.ScreenshotForReviewAsync("map-route-chart");
    }

    private static double[] ViewBox(string? text) =>
        text!.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string ViewBoxText(double[] box) => string.Join(' ', box.Select(v => MapProjectionText(v)));

    private static string MapProjectionText(double v) => ElectionTool.Features.Maps.MapProjection.N(v);
}
