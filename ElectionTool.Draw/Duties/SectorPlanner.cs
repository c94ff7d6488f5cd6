namespace ElectionTool.Draw.Duties;

/// <summary>
/// Proposes sectors and zones from the stations' coordinates, unit by unit (docs/draw-algorithm.md, "Sectors"):
/// stations of one building form a site; located sites are split by <see cref="BalancedBisection"/> into
/// ceil(stations / StationsPerSector) sectors; each sector's route starts at its station nearest the unit's first
/// located station and is ordered by <see cref="RoutePlanner"/>. Stations without coordinates go into their own
/// sectors by station number, flagged NoLocation. Zones are the same bisection over sector centres.
/// No chance is involved: the same stations always give the same plan.
/// </summary>
public static class SectorPlanner
{
    public static SectorPlan Propose(IEnumerable<PlanStation> stations, SectorPlanSettings settings)
    {
        if (settings.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(settings));
        }

        var sectors = new List<PlannedSector>();
        foreach (var unit in stations.GroupBy(s => s.UnitCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sectors.AddRange(PlanUnit(unit.Key, unit.OrderBy(s => s.Number).ToList(), settings));
        }
        return new SectorPlan(sectors);
    }

    private static List<PlannedSector> PlanUnit(string unitCode, List<PlanStation> stations, SectorPlanSettings settings)
    {
        var buildings = stations.GroupBy(BuildingKey).Select(g => g.OrderBy(s => s.Number).ToList()).OrderBy(b => b[0].Number).ToList();
        var located = buildings.Where(b => b.Any(s => s.Point is not null)).ToList();
        var unlocated = buildings.Where(b => b.All(s => s.Point is null)).ToList();
        var origin = located.Count > 0 ? PointOf(located[0]) : default;

        var groups = new List<(List<PlanStation> Stations, bool NoLocation)>();
        var sites = located.Select(b => new Site(PointOf(b), b.Count, b[0].Number)).ToList();
        var count = located.Sum(b => b.Count);
        foreach (var g in BalancedBisection.Split(sites, Ceiling(count, settings.StationsPerSector)))
        {
            groups.Add((g.SelectMany(i => located[i]).ToList(), false));
        }
        foreach (var chunk in ByNumber(unlocated, settings.StationsPerSector))
        {
            groups.Add((chunk, true));
        }

        // Number sectors outward from the unit's first station, so sector 1 is the one nearest it.
        var ordered = groups
            .Select(g => (g.Stations, g.NoLocation, Centre: g.NoLocation ? origin : Geo.Centre(g.Stations.Select(s => s.Point ?? PointOf(g.Stations)))))
            .OrderBy(g => g.NoLocation).ThenBy(g => g.NoLocation ? 0 : Geo.Km(origin, g.Centre)).ThenBy(g => g.Stations.Min(s => s.Number))
            .ToList();
        var zones = ZoneNumbers(ordered.Select(g => (g.Centre, g.NoLocation)).ToList(), settings.SectorsPerZone);
        var result = new List<PlannedSector>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var (members, noLocation, _) = ordered[i];
            var (route, km) = noLocation ? (members.Select(s => s.Number).OrderBy(n => n).ToList(), 0.0) : Route(members, origin);
            result.Add(new PlannedSector(unitCode, i + 1, zones[i], noLocation, route, Math.Round(km, 2)));
        }
        return result;
    }

    private static (List<int> Route, double Km) Route(List<PlanStation> members, GeoPoint origin)
    {
        var points = members.Select(s => s.Point ?? PointOf(members)).ToList();
        var start = 0;
        for (var i = 1; i < points.Count; i++)
        {
            if (Geo.Km(origin, points[i]) < Geo.Km(origin, points[start]))
            {
                start = i;
            }
        }
        var order = RoutePlanner.Order(points, start);
        return (order.Select(i => members[i].Number).ToList(), Geo.RouteKm(order.Select(i => points[i]).ToList()));
    }

    /// <summary>Zone of each sector (1-based, numbered in sector order); no-location sectors get zones of their own.</summary>
    private static int[] ZoneNumbers(List<(GeoPoint Centre, bool NoLocation)> sectors, int perZone)
    {
        var zoneOf = new int[sectors.Count];
        var located = Enumerable.Range(0, sectors.Count).Where(i => !sectors[i].NoLocation).ToList();
        var sites = located.Select(i => new Site(sectors[i].Centre, 1, i)).ToList();
        var groups = BalancedBisection.Split(sites, Ceiling(located.Count, perZone))
            .Select(g => g.Select(j => located[j]).ToList()).OrderBy(g => g.Min()).ToList();
        var rest = Enumerable.Range(0, sectors.Count).Where(i => sectors[i].NoLocation).Chunk(perZone).Select(c => c.ToList());
        var zone = 0;
        foreach (var g in groups.Concat(rest))
        {
            zone++;
            g.ForEach(i => zoneOf[i] = zone);
        }
        return zoneOf;
    }

    /// <summary>Consecutive buildings (by first station number) cut into near-equal chunks; buildings stay whole.</summary>
    private static IEnumerable<List<PlanStation>> ByNumber(List<List<PlanStation>> buildings, int size)
    {
        var total = buildings.Sum(b => b.Count);
        var chunks = Ceiling(total, size);
        var current = new List<PlanStation>();
        var done = 0;
        var made = 0;
        foreach (var b in buildings)
        {
            current.AddRange(b);
            done += b.Count;
            if (done >= (double)total * (made + 1) / chunks && made < chunks - 1)
            {
                yield return current;
                current = [];
                made++;
            }
        }
        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static string BuildingKey(PlanStation s) =>
        !string.IsNullOrWhiteSpace(s.Building) ? "B:" + s.Building.Trim().ToUpperInvariant()
        : s.Point is { } p ? FormattableString.Invariant($"P:{p.Latitude:F5},{p.Longitude:F5}")
        : FormattableString.Invariant($"N:{s.Number}");

    private static GeoPoint PointOf(List<PlanStation> building) => Geo.Centre(building.Where(s => s.Point is not null).Select(s => s.Point!.Value));

    private static int Ceiling(int count, int size) => count == 0 ? 0 : (count + size - 1) / size;
}
