namespace ElectionTool.Draw.Duties;

/// <summary>A point on the earth in decimal degrees (WGS 84, as stations are recorded).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>Great-circle distances (haversine, mean earth radius 6,371.0088 km).</summary>
public static class Geo
{
    public const double EarthRadiusKm = 6371.0088;

    public static double Km(GeoPoint a, GeoPoint b)
    {
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
            Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Length of an open route visiting the points in order.</summary>
    public static double RouteKm(IReadOnlyList<GeoPoint> route)
    {
        var km = 0.0;
        for (var i = 1; i < route.Count; i++)
        {
            km += Km(route[i - 1], route[i]);
        }
        return km;
    }

    /// <summary>The mean of the points; fine for the few kilometres a unit spans.</summary>
    public static GeoPoint Centre(IEnumerable<GeoPoint> points)
    {
        double lat = 0, lon = 0;
        var n = 0;
        foreach (var p in points)
        {
            lat += p.Latitude;
            lon += p.Longitude;
            n++;
        }
        return n == 0 ? default : new GeoPoint(lat / n, lon / n);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;
}
