using System.Globalization;
using System.Text;

namespace ElectionTool.Features.Maps;

/// <summary>One raster tile under the map: its z/x/y address and where it sits on the SVG canvas.</summary>
public readonly record struct MapTile(int Z, int X, int Y, double Left, double Top, double Size);

/// <summary>
/// Web Mercator (the projection of every standard {z}/{x}/{y} tile server) of the scene's extent onto an SVG canvas
/// <see cref="Width"/> wide, so a district's own tiles line up under the vector layers when it has a tile server.
/// </summary>
public sealed class MapProjection
{
    public const double Width = 1000;

    /// <summary>The equator's length: kilometres per unit of Web Mercator's x (0 to 1 round the world) at latitude 0.</summary>
    private const double EquatorKm = 40075.016686;

    private readonly double _left, _top, _scale, _middleLatitude;

    public MapProjection(MapScene scene)
    {
        var padLon = Math.Max((scene.MaxLon - scene.MinLon) * 0.03, 0.002);
        var padLat = Math.Max((scene.MaxLat - scene.MinLat) * 0.03, 0.002);
        _left = WorldX(scene.MinLon - padLon);
        _top = WorldY(scene.MaxLat + padLat);
        _scale = Width / (WorldX(scene.MaxLon + padLon) - _left);
        Height = Math.Max(1, (WorldY(scene.MinLat - padLat) - _top) * _scale);
        _middleLatitude = (scene.MinLat + scene.MaxLat) / 2;
    }

    public double Height { get; }

    /// <summary>SVG units per kilometre on the ground at the scene's middle latitude, for the scale bar.</summary>
    public double PerKm => _scale / (EquatorKm * Math.Cos(_middleLatitude * Math.PI / 180));

    public double X(double lon) => (WorldX(lon) - _left) * _scale;

    public double Y(double lat) => (WorldY(lat) - _top) * _scale;

    /// <summary>Web Mercator x of a longitude, 0 at 180° W to 1 at 180° E (tile x at zoom z = this × 2^z).</summary>
    public static double WorldX(double lon) => (lon + 180) / 360;

    /// <summary>Web Mercator y of a latitude, 0 at the top of the world to 1 at the bottom (tile y at zoom z = this × 2^z).</summary>
    public static double WorldY(double lat)
    {
        var phi = Math.Clamp(lat, -85.05112878, 85.05112878) * Math.PI / 180;
        return (1 - Math.Log(Math.Tan(phi) + 1 / Math.Cos(phi)) / Math.PI) / 2;
    }

    /// <summary>
    /// The tiles covering a view box (in SVG units) at the zoom where a tile is about 256 pixels on a screen
    /// <paramref name="pixelsAcross"/> wide; at most <paramref name="most"/> tiles (a coarser zoom when more would be needed).
    /// </summary>
    public IReadOnlyList<MapTile> Tiles(double vx, double vy, double vw, double vh, double pixelsAcross = 1280, int most = 80)
    {
        var zoom = (int)Math.Clamp(Math.Round(Math.Log2(_scale * pixelsAcross / vw / 256)), 0, 19);
        for (; zoom >= 0; zoom--)
        {
            var n = 1 << zoom;
            int Index(double world) => (int)Math.Clamp(Math.Floor(world * n), 0, n - 1);
            var (x0, x1) = (Index(_left + vx / _scale), Index(_left + (vx + vw) / _scale));
            var (y0, y1) = (Index(_top + vy / _scale), Index(_top + (vy + vh) / _scale));
            if ((x1 - x0 + 1) * (y1 - y0 + 1) > most && zoom > 0)
            {
                continue;
            }

            var size = _scale / n;
            var tiles = new List<MapTile>();
            for (var y = y0; y <= y1; y++)
            {
                for (var x = x0; x <= x1; x++)
                {
                    tiles.Add(new MapTile(zoom, x, y, ((double)x / n - _left) * _scale, ((double)y / n - _top) * _scale, size));
                }
            }

            return tiles;
        }

        return [];
    }

    public string Path(IReadOnlyList<IReadOnlyList<LonLat>> rings)
    {
        var path = new StringBuilder();
        foreach (var ring in rings)
        {
            for (var i = 0; i < ring.Count; i++)
            {
                path.Append(i == 0 ? 'M' : 'L').Append(N(X(ring[i].Lon))).Append(' ').Append(N(Y(ring[i].Lat)));
            }

            path.Append('Z');
        }

        return path.ToString();
    }

    public string Line(IReadOnlyList<LonLat> points) =>
        string.Concat(points.Select((p, i) => $"{(i == 0 ? 'M' : 'L')}{N(X(p.Lon))} {N(Y(p.Lat))}"));

    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
