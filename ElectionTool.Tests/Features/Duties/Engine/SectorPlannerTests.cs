using ElectionTool.Draw.Duties;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Duties.Engine;

public class SectorPlannerTests
{
    private static IReadOnlyList<PlanStation> Stations(int units, int stations, ulong seed) =>
        SyntheticDuties.Stations(SyntheticDistrict.Create(new DistrictShape { Units = units, Stations = stations, Employees = 10 }, seed));

    [Theory]
    [InlineData(6)]
    [InlineData(10)]
    [InlineData(15)]
    public void Every_station_is_in_one_sector_of_its_unit_and_no_sector_exceeds_the_set_size(int size)
    {
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var stations = Stations(3, 90 + (int)seed * 7, seed);
            var plan = SectorPlanner.Propose(stations, new SectorPlanSettings(size, 4));
            var placed = plan.Sectors.SelectMany(s => s.Route.Select(n => (s.UnitCode, n))).ToList();
            Assert.Equal(stations.Count, placed.Count);
            Assert.Equal(stations.Select(s => (s.UnitCode, s.Number)).OrderBy(x => x), placed.OrderBy(x => x));
            foreach (var unit in stations.GroupBy(s => s.UnitCode))
            {
                var sectors = plan.Sectors.Where(s => s.UnitCode == unit.Key && !s.NoLocation).ToList();
                var located = sectors.Sum(s => s.Route.Count);
                Assert.Equal((located + size - 1) / size, sectors.Count);
                // Buildings hold at most two stations here, so a sector is within one station of an even share.
                Assert.All(sectors, s => Assert.InRange(s.Route.Count, located / sectors.Count - 2, Math.Min(size + 1, located / sectors.Count + 2)));
            }
        }
    }

    [Fact]
    public void Stations_of_one_building_are_always_in_the_same_sector()
    {
        var stations = Stations(2, 120, 3);
        var plan = SectorPlanner.Propose(stations, new SectorPlanSettings());
        var sectorOf = plan.Sectors.SelectMany(s => s.Route.Select(n => ((s.UnitCode, n), s.Number))).ToDictionary(x => x.Item1, x => x.Number);
        foreach (var building in stations.GroupBy(s => (s.UnitCode, s.Building)))
        {
            Assert.Single(building.Select(s => sectorOf[(s.UnitCode, s.Number)]).Distinct());
        }
    }

    [Fact]
    public void The_same_stations_in_any_order_give_the_same_proposal()
    {
        var stations = Stations(4, 400, 9);
        var a = SectorPlanner.Propose(stations, new SectorPlanSettings());
        var b = SectorPlanner.Propose(stations.Reverse(), new SectorPlanSettings());
        Assert.Equal(Describe(a), Describe(b));
    }

    [Fact]
    public void Stations_without_coordinates_are_grouped_by_number_and_flagged()
    {
        var stations = Enumerable.Range(1, 14).Select(n => new PlanStation("AC-001", n, "", null)).ToList();
        var plan = SectorPlanner.Propose(stations, new SectorPlanSettings(10, 5));
        Assert.All(plan.Sectors, s => Assert.True(s.NoLocation));
        Assert.Equal([[1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14]], plan.Sectors.Select(s => s.Route.ToArray()).ToArray());
    }

    [Fact]
    public void A_route_is_never_longer_than_visiting_by_station_number_and_its_length_is_the_sum_of_its_legs()
    {
        var stations = Stations(2, 200, 11);
        var points = stations.Where(s => s.Point is not null).ToDictionary(s => (s.UnitCode, s.Number), s => s.Point!.Value);
        var plan = SectorPlanner.Propose(stations, new SectorPlanSettings());
        foreach (var s in plan.Sectors.Where(s => !s.NoLocation && s.Route.All(n => points.ContainsKey((s.UnitCode, n)))))
        {
            var route = s.Route.Select(n => points[(s.UnitCode, n)]).ToList();
            Assert.Equal(Math.Round(Geo.RouteKm(route), 2), s.RouteKm, 2);
            var byNumber = s.Route.Order().Select(n => points[(s.UnitCode, n)]).ToList();
            Assert.True(s.RouteKm <= Geo.RouteKm(byNumber) + 0.01, $"{s.Code}: {s.RouteKm} km against {Geo.RouteKm(byNumber)} by number");
        }
    }

    [Fact]
    public void Zones_hold_at_most_the_set_number_of_sectors()
    {
        var plan = SectorPlanner.Propose(Stations(3, 600, 5), new SectorPlanSettings(10, 5));
        Assert.All(plan.Sectors.GroupBy(s => (s.UnitCode, s.ZoneNumber)), z => Assert.InRange(z.Count(), 1, 5));
    }

    [Fact]
    public void Great_circle_distance_matches_a_known_figure()
    {
        // Bhopal to Indore, about 170 km in a straight line.
        Assert.InRange(Geo.Km(new GeoPoint(23.2599, 77.4126), new GeoPoint(22.7196, 75.8577)), 168, 172);
    }

    [Fact]
    public void A_size_outside_6_to_15_is_refused_with_the_range()
    {
        var e = Assert.Throws<ArgumentException>(() => SectorPlanner.Propose([], new SectorPlanSettings(20, 5)));
        Assert.Contains("6 to 15", e.Message);
    }

    private static string Describe(SectorPlan plan) =>
        string.Join("\n", plan.Sectors.Select(s => $"{s.Code} Z{s.ZoneNumber} {s.NoLocation} {string.Join(",", s.Route)} {s.RouteKm}"));
}
