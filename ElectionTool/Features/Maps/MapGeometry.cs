using ElectionTool.Draw.Duties;
using ElectionTool.Resources;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace ElectionTool.Features.Maps;

/// <summary>The one home of the map's geometry rules: India's extent, swapped coordinates, polygon validity, distances.</summary>
public static class MapGeometry
{
    // India with its islands, generously: longitudes 68–97.5 E, latitudes 6–37.5 N.
    public const double MinLongitude = 68.0, MaxLongitude = 97.5, MinLatitude = 6.0, MaxLatitude = 37.5;

    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static bool InIndia(double longitude, double latitude) =>
        longitude is >= MinLongitude and <= MaxLongitude && latitude is >= MinLatitude and <= MaxLatitude;

    /// <summary>What is wrong with one point given as (longitude, latitude), or null; swapped values are named as such.</summary>
    public static string? PointProblem(double longitude, double latitude)
    {
        if (double.IsNaN(longitude) || double.IsNaN(latitude) || double.IsInfinity(longitude) || double.IsInfinity(latitude))
        {
            return UiText.Of("a coordinate is not a number");
        }

        if (InIndia(longitude, latitude))
        {
            return null;
        }

        return InIndia(latitude, longitude)
            ? UiText.Format("latitude and longitude are swapped (found {0}, {1}: {1} is the longitude and {0} the latitude)", Show(longitude), Show(latitude))
            : UiText.Format("the point {0}, {1} (longitude, latitude) lies outside India", Show(longitude), Show(latitude));
    }

    /// <summary>What is wrong with a boundary, or null: not a polygon, points outside India or swapped, self-intersecting or otherwise invalid.</summary>
    public static string? PolygonProblem(Geometry? geometry)
    {
        if (geometry is null || geometry.IsEmpty)
        {
            return UiText.Of("it has no geometry");
        }

        if (geometry is not (Polygon or MultiPolygon))
        {
            return UiText.Format("it is a {0}, not a polygon", geometry.GeometryType);
        }

        var coordinates = geometry.Coordinates;
        var outside = coordinates.Where(c => !InIndia(c.X, c.Y)).ToList();
        if (outside.Count > 0)
        {
            return outside.Count == coordinates.Length && coordinates.All(c => InIndia(c.Y, c.X))
                ? UiText.Of("latitude and longitude are swapped in every point (GeoJSON and KML give the longitude first)")
                : UiText.Format("{0} of its {1} points lie outside India, e.g. {2}", outside.Count, coordinates.Length, PointProblem(outside[0].X, outside[0].Y));
        }

        var error = new IsValidOp(geometry).ValidationError;
        if (error is null)
        {
            return null;
        }

        var at = error.Coordinate is { } c0 ? " " + UiText.Format("at {0}, {1}", Show(c0.X), Show(c0.Y)) : "";
        return error.ErrorType == TopologyValidationErrors.SelfIntersection || error.ErrorType == TopologyValidationErrors.RingSelfIntersection
            ? UiText.Format("the polygon crosses itself (self-intersection{0})", at)
            : UiText.Format("the polygon is not valid ({0}{1})", error.Message, at);
    }

    public static double Km(double lat1, double lon1, double lat2, double lon2) => Geo.Km(new GeoPoint(lat1, lon1), new GeoPoint(lat2, lon2));

    /// <summary>Area in km², from the degrees² area scaled at the polygon's latitude (good to a fraction of a percent for a district).</summary>
    public static double AreaSqKm(Geometry geometry)
    {
        var lat = geometry.Centroid.Y * Math.PI / 180;
        var kmPerDegree = Math.PI * Geo.EarthRadiusKm / 180;
        return geometry.Area * kmPerDegree * kmPerDegree * Math.Cos(lat);
    }

    private static string Show(double value) => value.ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture);
}
