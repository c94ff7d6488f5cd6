using ElectionTool.Features.Maps;
using NetTopologySuite.Geometries;
using static ElectionTool.Tests.Features.Maps.MapFixtures;

namespace ElectionTool.Tests.Features.Maps;

public sealed class BoundaryReaderTests
{
    [Fact]
    public void A_good_GeoJSON_file_gives_the_unit_and_its_parts_with_their_keys()
    {
        var file = GeoJsonBoundaryReader.Read(Good());

        Assert.Empty(file.Problems);
        Assert.Equal([("AC-071", (int?)null), ("AC-071", 1), ("AC-071", 2)], file.Features.Select(f => (f.UnitKey, f.PartNumber)).ToList());
        Assert.All(file.Features, f => Assert.IsType<Polygon>(f.Geometry));
    }

    [Fact]
    public void A_good_KML_file_reads_extended_data_and_rings_like_GeoJSON()
    {
        var kml = Kml("<Data name=\"unit\"><value>AC-071</value></Data><Data name=\"part_no\"><value>2</value></Data>", KmlCoordinates(PartTwo));

        var file = KmlBoundaryReader.Read(kml);

        Assert.Empty(file.Problems);
        var feature = Assert.Single(file.Features);
        Assert.Equal(("AC-071", (int?)2), (feature.UnitKey, feature.PartNumber));
        Assert.True(feature.Geometry.EqualsTopologically(GeoJsonBoundaryReader.Read(Collection(Feature("\"unit\":\"AC-071\"", PartTwo))).Features[0].Geometry));
    }

    [Theory]
    [InlineData(Bowtie, "Feature 1 (AC-071): the polygon crosses itself (self-intersection")]
    [InlineData(Swapped, "Feature 1 (AC-071): latitude and longitude are swapped in every point")]
    [InlineData(London, "Feature 1 (AC-071): 5 of its 5 points lie outside India")]
    public void A_bad_polygon_is_named_with_what_is_wrong(string ring, string expected)
    {
        var file = GeoJsonBoundaryReader.Read(Collection(Feature("\"unit\":\"AC-071\"", ring)));

        Assert.Empty(file.Features);
        Assert.StartsWith(expected, Assert.Single(file.Problems).ToString());
    }

    [Theory]
    [InlineData("{not json", "The file: the file is not valid JSON")]
    [InlineData("""{"type":"Polygon","coordinates":[]}""", "The file: the file is not a GeoJSON FeatureCollection")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":null}]}""", "Feature 1: it names no unit")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"unit":"AC-071"},"geometry":null}]}""", "Feature 1 (AC-071): it has no geometry")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"unit":"AC-071","part_no":"12a"},"geometry":null}]}""", "Feature 1 (AC-071): \"part_no\" is \"12a\", not a part number")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"unit":"AC-071"},"geometry":{"type":"Point","coordinates":[77.4,23.2]}}]}""", "Feature 1 (AC-071): it is a Point, not a polygon")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"unit":"AC-071"},"geometry":{"type":"Polygon","coordinates":[[[77.4,23.2],[77.5,23.2],[77.5,23.3]]]}}]}""", "Feature 1 (AC-071): its geometry cannot be read")]
    public void A_bad_GeoJSON_file_gets_a_message_naming_the_feature(string text, string expected)
    {
        var file = GeoJsonBoundaryReader.Read(text);

        Assert.Empty(file.Features);
        Assert.StartsWith(expected, Assert.Single(file.Problems).ToString());
    }

    [Theory]
    [InlineData("<kml><Document>", "The file: the file is not valid KML/XML")]
    [InlineData("<kml><Document></Document></kml>", "The file: the KML file holds no Placemark")]
    public void A_bad_KML_file_is_refused_with_the_reason(string text, string expected) =>
        Assert.StartsWith(expected, Assert.Single(KmlBoundaryReader.Read(text).Problems).ToString());

    [Fact]
    public void KML_coordinates_that_are_not_numbers_are_named()
    {
        var file = KmlBoundaryReader.Read(Kml("<Data name=\"ac_no\"><value>71</value></Data>", "77.40,23.20 east,north 77.42,23.22 77.40,23.20"));

        Assert.Equal("Placemark 1 \"Bhopal Uttar\" (AC-071): its outer boundary has \"east,north\", not \"longitude,latitude\"", Assert.Single(file.Problems).ToString());
    }

    [Fact]
    public void Swapped_KML_coordinates_are_detected()
    {
        var file = KmlBoundaryReader.Read(Kml("<SimpleData name=\"unit\">AC-071</SimpleData>", KmlCoordinates(Swapped)));

        Assert.Contains("latitude and longitude are swapped", Assert.Single(file.Problems).Message);
    }

    [Theory]
    [InlineData(77.41, 23.21, null)]
    [InlineData(23.21, 77.41, "latitude and longitude are swapped")]
    [InlineData(-0.12, 51.5, "lies outside India")]
    public void A_point_outside_India_or_swapped_is_named(double lon, double lat, string? expected)
    {
        var problem = MapGeometry.PointProblem(lon, lat);

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem);
        }
    }

    [Fact]
    public void A_point_is_inside_the_part_it_falls_in_and_not_the_other()
    {
        var parts = GeoJsonBoundaryReader.Read(Good()).Features.Where(f => f.PartNumber is not null).ToList();
        var point = MapGeometry.Factory.CreatePoint(new Coordinate(77.405, 23.21));

        Assert.True(parts[0].Geometry.Covers(point));
        Assert.False(parts[1].Geometry.Covers(point));
        Assert.Equal(77.405, parts[0].Geometry.Centroid.X, 6);
        Assert.InRange(MapGeometry.AreaSqKm(parts[0].Geometry), 2.2, 2.4);
    }
}
