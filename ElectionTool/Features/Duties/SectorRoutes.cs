using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Duties;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

/// <summary>Re-orders one sector's route after an edit, the same way the proposal does (nearest neighbour + 2-opt).</summary>
internal static class SectorRoutes
{
    public static async Task RebuildAsync(ElectionDbContext db, int sectorId, CancellationToken ct)
    {
        var sector = await db.Set<Sector>().Include(s => s.Stations).ThenInclude(t => t.PollingStation).FirstAsync(s => s.Id == sectorId, ct);
        var stops = sector.Stations.OrderBy(t => t.RouteOrder).ThenBy(t => t.PollingStation!.Number).ToList();
        if (stops.Count == 0)
        {
            sector.RouteKm = 0;
            return;
        }

        var located = stops.All(t => t.PollingStation!.Latitude is not null && t.PollingStation.Longitude is not null);
        sector.NoLocation = !located;
        if (!located)
        {
            stops = stops.OrderBy(t => t.PollingStation!.Number).ToList();
            sector.RouteKm = 0;
        }
        else
        {
            var points = stops.Select(t => new GeoPoint(t.PollingStation!.Latitude!.Value, t.PollingStation.Longitude!.Value)).ToList();
            var order = RoutePlanner.Order(points, 0);
            stops = order.Select(i => stops[i]).ToList();
            sector.RouteKm = Math.Round(Geo.RouteKm(order.Select(i => points[i]).ToList()), 2);
        }
        for (var i = 0; i < stops.Count; i++)
        {
            stops[i].RouteOrder = i + 1;
        }
        await db.SaveChangesAsync(ct);
    }
}
