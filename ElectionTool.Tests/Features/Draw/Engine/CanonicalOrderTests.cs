using ElectionTool.Draw;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>The stations' order counted by unit is exactly the stable sort by unit code (ordinal) then number.</summary>
public class CanonicalOrderTests
{
    private static readonly string[] Codes = ["AC-001", "AC-002", "AC-010", "ac-001", "AC-01", "", "अ", "AC-001 ", "Z"];

    [Fact]
    public void Stations_counted_by_unit_come_out_as_the_stable_sort_orders_them()
    {
        var random = new Random(11);
        for (var round = 0; round < 300; round++)
        {
            var units = Codes.Take(1 + random.Next(Codes.Length)).ToArray();
            var count = random.Next(60);
            // Numbers from a small range, so stations with the same unit and number (kept in their given order) are common;
            // codes are new strings, so equal codes are not the same object.
            var stations = Enumerable.Range(0, count)
                .Select(i => new DrawStation(new string(units[random.Next(units.Length)].AsSpan()), random.Next(-2, 8), $"S{i}", 0, false))
                .ToList();
            if (round % 3 == 0)
            {
                // Interleaved by unit, each unit's numbers ascending, as the synthetic district lists them.
                stations = stations.OrderBy(s => s.Number).ToList();
            }

            Assert.Equal(Expected(stations), CanonicalOrder.ByUnitThenNumber(stations).ToArray());
        }
    }

    [Fact]
    public void A_station_without_a_unit_code_is_still_ordered_as_the_comparison_says()
    {
        List<DrawStation> stations = [new("B", 1, "b", 0, false), new(null!, 2, "n", 0, false), new("A", 1, "a", 0, false)];

        Assert.Equal(Expected(stations), CanonicalOrder.ByUnitThenNumber(stations).ToArray());
    }

    private static DrawStation[] Expected(List<DrawStation> stations) =>
        [.. stations.OrderBy(s => s.UnitCode, StringComparer.Ordinal).ThenBy(s => s.Number)];
}
