using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Draw;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Maps;

public sealed record RouteStop(int Order, int Number, string Name, string Location, int Electors, bool WomenManaged, bool Critical, double? LegKm, double? TotalKm);

/// <summary>One sector officer's route chart: the stations in visiting order with distances, and the sector's map.</summary>
public sealed record RouteChart(string UnitCode, string Code, string Name, string? ZoneCode, string? Officer, bool OfficerWithheld, double RouteKm, bool NoLocation,
    IReadOnlyList<RouteStop> Stops, MapScene Scene);

/// <summary>Sector route charts for print: one A4 page per sector, from the current election's sectors; officers as the scope allows (see <see cref="MapService"/>).</summary>
public sealed class RouteChartService(IDbContextFactory<ElectionDbContext> dbFactory, MapService maps)
{
    public async Task<IReadOnlyList<RouteChart>> ChartsAsync(string? sectorCode, DashboardScope scope, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return [];
        }

        var sectors = await db.Set<Sector>().AsNoTracking().Where(s => s.ElectionId == election.Id && (sectorCode == null || s.Code == sectorCode))
            .OrderBy(s => s.Code)
            .Select(s => new
            {
                Unit = s.ConstituencyUnit!.Code,
                s.Code,
                s.Name,
                Zone = s.Zone == null ? null : s.Zone.Code,
                s.RouteKm,
                s.NoLocation,
                Stops = s.Stations.OrderBy(t => t.RouteOrder).Select(t => new
                {
                    t.RouteOrder,
                    t.PollingStation!.Number,
                    t.PollingStation.Name,
                    t.PollingStation.Location,
                    t.PollingStation.Electors,
                    t.PollingStation.WomenManaged,
                    t.PollingStation.Sensitive,
                    t.PollingStation.Latitude,
                    t.PollingStation.Longitude,
                }).ToList(),
            })
            .ToListAsync(ct);

        var scenes = new Dictionary<string, MapScene>();
        var charts = new List<RouteChart>();
        foreach (var s in sectors)
        {
            if (!scenes.TryGetValue(s.Unit, out var unitScene))
            {
                unitScene = scenes[s.Unit] = await maps.SceneAsync(s.Unit, scope, ct);
            }

            var stops = new List<RouteStop>();
            double total = 0;
            for (var i = 0; i < s.Stops.Count; i++)
            {
                var t = s.Stops[i];
                double? leg = null;
                if (i > 0 && s.Stops[i - 1] is { Latitude: { } lat0, Longitude: { } lon0 } && t is { Latitude: { } lat1, Longitude: { } lon1 })
                {
                    leg = Math.Round(MapGeometry.Km(lat0, lon0, lat1, lon1), 2);
                    total += leg.Value;
                }

                stops.Add(new RouteStop(t.RouteOrder, t.Number, t.Name, t.Location, t.Electors, t.WomenManaged, t.Sensitive, leg, s.NoLocation ? null : Math.Round(total, 2)));
            }

            var keys = s.Stops.Select(t => $"{s.Unit}/{t.Number}").ToHashSet();
            var sector = unitScene.Sectors.FirstOrDefault(x => x.Code == s.Code);
            var mine = unitScene.Stations.Where(x => keys.Contains($"{x.UnitCode}/{x.Number}")).ToList();
            var scene = Focus(unitScene with
            {
                Parts = unitScene.Parts.Where(p => keys.Contains(p.Key)).ToList(),
                Stations = mine,
                Sectors = sector is null ? [] : [sector],
                Zones = [],
            });
            var officer = mine.FirstOrDefault();
            charts.Add(new RouteChart(s.Unit, s.Code, s.Name, s.Zone, officer?.SectorOfficer, officer?.OfficerWithheld ?? false, s.RouteKm, s.NoLocation, stops, scene));
        }

        return charts;
    }

    /// <summary>The extent of the sector's parts and stations, so its page shows the sector, not the whole unit.</summary>
    private static MapScene Focus(MapScene scene)
    {
        var points = scene.Parts.SelectMany(p => p.Rings.SelectMany(r => r)).Concat(scene.Stations.Select(s => s.At)).ToList();
        return points.Count == 0 ? scene : scene with
        {
            MinLon = points.Min(p => p.Lon),
            MaxLon = points.Max(p => p.Lon),
            MinLat = points.Min(p => p.Lat),
            MaxLat = points.Max(p => p.Lat),
        };
    }
}
