using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ElectionTool.Resources;
using NetTopologySuite.Geometries;

namespace ElectionTool.Features.Maps;

/// <summary>
/// Reads unit and part boundaries from KML: each Placemark's keys from its ExtendedData (Data or SimpleData) and its
/// Polygon(s), outer and inner rings, into NetTopologySuite geometries.
/// </summary>
public static class KmlBoundaryReader
{
    public static BoundaryFile Read(string text)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (XmlException e)
        {
            return GeoJsonBoundaryReader.Refused(UiText.Format("the file is not valid KML/XML ({0})", e.Message));
        }

        var placemarks = document.Descendants().Where(e => e.Name.LocalName == "Placemark").ToList();
        if (placemarks.Count == 0)
        {
            return GeoJsonBoundaryReader.Refused(UiText.Of("the KML file holds no Placemark"));
        }

        var read = new List<BoundaryFeature>();
        var problems = new List<FeatureProblem>();
        for (var i = 0; i < placemarks.Count; i++)
        {
            var index = i + 1;
            var placemark = placemarks[i];
            var (unit, part, keyProblem) = BoundaryKeys.Read(name => Data(placemark, name));
            var name = Child(placemark, "name")?.Value.Trim();
            var label = UiText.Format("Placemark {0}", index) + (string.IsNullOrEmpty(name) ? "" : $" \"{name}\"") + BoundaryKeys.Describe(unit, part);
            if (keyProblem is not null)
            {
                problems.Add(new FeatureProblem(index, label, keyProblem));
                continue;
            }

            var (geometry, shapeProblem) = Shape(placemark);
            if ((shapeProblem ?? MapGeometry.PolygonProblem(geometry)) is { } problem)
            {
                problems.Add(new FeatureProblem(index, label, problem));
                continue;
            }

            read.Add(new BoundaryFeature(index, label, unit!, part, geometry!));
        }

        return new BoundaryFile(read, problems);
    }

    private static (Geometry? Geometry, string? Problem) Shape(XElement placemark)
    {
        var polygons = placemark.Descendants().Where(e => e.Name.LocalName == "Polygon").ToList();
        if (polygons.Count == 0)
        {
            var other = placemark.Descendants().FirstOrDefault(e => e.Name.LocalName is "Point" or "LineString" or "LinearRing");
            return (null, other is null ? UiText.Of("it has no geometry") : UiText.Format("it is a {0}, not a polygon", other.Name.LocalName));
        }

        var built = new List<Polygon>();
        foreach (var polygon in polygons)
        {
            var outer = polygon.Elements().FirstOrDefault(e => e.Name.LocalName == "outerBoundaryIs");
            var (shell, problem) = Ring(outer);
            if (problem is not null)
            {
                return (null, UiText.Format("its outer boundary {0}", problem));
            }

            var holes = new List<LinearRing>();
            foreach (var inner in polygon.Elements().Where(e => e.Name.LocalName == "innerBoundaryIs"))
            {
                var (hole, holeProblem) = Ring(inner);
                if (holeProblem is not null)
                {
                    return (null, UiText.Format("an inner boundary {0}", holeProblem));
                }

                holes.Add(hole!);
            }

            built.Add(MapGeometry.Factory.CreatePolygon(shell!, holes.ToArray()));
        }

        return (built.Count == 1 ? built[0] : MapGeometry.Factory.CreateMultiPolygon(built.ToArray()), null);
    }

    private static (LinearRing? Ring, string? Problem) Ring(XElement? boundary)
    {
        var text = boundary?.Descendants().FirstOrDefault(e => e.Name.LocalName == "coordinates")?.Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, UiText.Of("has no coordinates"));
        }

        var points = new List<Coordinate>();
        foreach (var tuple in text.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = tuple.Split(',');
            if (parts.Length < 2
                || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
            {
                return (null, $"has \"{tuple}\", not \"longitude,latitude\"");
            }

            points.Add(new Coordinate(lon, lat));
        }

        if (points.Count > 0 && !points[0].Equals2D(points[^1]))
        {
            points.Add(points[0].Copy());
        }

        return points.Count < 4 ? (null, UiText.Of("has fewer than 3 distinct points")) : (MapGeometry.Factory.CreateLinearRing(points.ToArray()), null);
    }

    private static XElement? Child(XElement element, string localName) => element.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Data(XElement placemark, string name)
    {
        foreach (var e in placemark.Descendants())
        {
            if (e.Name.LocalName == "Data" && string.Equals((string?)e.Attribute("name"), name, StringComparison.OrdinalIgnoreCase))
            {
                return Child(e, "value")?.Value;
            }

            if (e.Name.LocalName == "SimpleData" && string.Equals((string?)e.Attribute("name"), name, StringComparison.OrdinalIgnoreCase))
            {
                return e.Value;
            }
        }

        return null;
    }
}
