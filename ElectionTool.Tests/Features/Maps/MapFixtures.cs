using System.Globalization;
using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Maps;

/// <summary>Small boundary files around Bhopal (AC-071, parts 1 and 2 side by side) and the masters they key to.</summary>
public static class MapFixtures
{
    // AC-071: a square 77.40–77.42 E, 23.20–23.22 N; part 1 its west half, part 2 its east half.
    public const string Unit = "[[77.40,23.20],[77.42,23.20],[77.42,23.22],[77.40,23.22],[77.40,23.20]]";
    public const string PartOne = "[[77.40,23.20],[77.41,23.20],[77.41,23.22],[77.40,23.22],[77.40,23.20]]";
    public const string PartTwo = "[[77.41,23.20],[77.42,23.20],[77.42,23.22],[77.41,23.22],[77.41,23.20]]";
    public const string Bowtie = "[[77.40,23.20],[77.42,23.22],[77.42,23.20],[77.40,23.22],[77.40,23.20]]";
    public const string Swapped = "[[23.20,77.40],[23.20,77.42],[23.22,77.42],[23.22,77.40],[23.20,77.40]]";
    public const string London = "[[-0.13,51.50],[-0.12,51.50],[-0.12,51.51],[-0.13,51.51],[-0.13,51.50]]";

    public static string Feature(string properties, string ring, string type = "Polygon") =>
        "{\"type\":\"Feature\",\"properties\":{" + properties + "},\"geometry\":{\"type\":\"" + type + "\",\"coordinates\":[" + ring + "]}}";

    public static string Collection(params string[] features) => $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";

    public static string Good() => Collection(
        Feature("\"unit\":\"AC-071\",\"name\":\"Bhopal Uttar\"", Unit),
        Feature("\"ac_no\":71,\"part_no\":1", PartOne),
        Feature("\"ac_no\":\"71\",\"part_no\":\"2\"", PartTwo));

    public static string Kml(string properties, string coordinates) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
          <Placemark><name>Bhopal Uttar</name><ExtendedData>{properties}</ExtendedData>
            <Polygon><outerBoundaryIs><LinearRing><coordinates>{coordinates}</coordinates></LinearRing></outerBoundaryIs></Polygon>
          </Placemark>
        </Document></kml>
        """;

    public static string KmlCoordinates(string ring) =>
        string.Join(" ", ring.Trim('[', ']').Split("],[").Select(p => p.Replace(" ", "")));

    public static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>AC-071 with stations 1 (in part 1) and 2 (in part 2).</summary>
    public static async Task MastersAsync(ServiceHarness h)
    {
        await using var db = h.Db();
        var unit = new ConstituencyUnit { Code = "AC-071", Kind = UnitKind.AssemblyConstituency, Number = 71, Name = "Bhopal Uttar" };
        db.ConstituencyUnits.Add(unit);
        db.PollingStations.Add(new PollingStation { ConstituencyUnit = unit, Number = 1, Name = "Govt. School Shahjahanabad", Electors = 900, Latitude = 23.21, Longitude = 77.405, Sensitive = true });
        db.PollingStations.Add(new PollingStation { ConstituencyUnit = unit, Number = 2, Name = "Kanya Shala Idgah", Electors = 1100, Latitude = 23.21, Longitude = 77.415, WomenManaged = true });
        await db.SaveChangesAsync();
    }

    public static async Task MoveStationAsync(ServiceHarness h, int number, double? lat, double? lon)
    {
        await using var db = h.Db();
        await db.PollingStations.Where(s => s.Number == number).ExecuteUpdateAsync(s => s.SetProperty(x => x.Latitude, lat).SetProperty(x => x.Longitude, lon));
    }

    public static string D(double v) => v.ToString(CultureInfo.InvariantCulture);
}
