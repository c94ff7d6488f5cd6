using System.Globalization;
using System.Text;

namespace ElectionTool.Features.Maps;

/// <summary>
/// Equirectangular projection of the scene's extent onto an SVG canvas <see cref="Width"/> wide: longitudes are
/// shrunk by the cosine of the middle latitude so a district's shapes keep their proportions.
/// </summary>
public sealed class MapProjection
{
    public const double Width = 1000;

    private readonly double _minLon, _maxLat, _kx, _scale;

    public MapProjection(MapScene scene)
    {
        var padLon = Math.Max((scene.MaxLon - scene.MinLon) * 0.03, 0.002);
        var padLat = Math.Max((scene.MaxLat - scene.MinLat) * 0.03, 0.002);
        _minLon = scene.MinLon - padLon;
        _maxLat = scene.MaxLat + padLat;
        var minLat = scene.MinLat - padLat;
        _kx = Math.Cos((_maxLat + minLat) / 2 * Math.PI / 180);
        _scale = Width / ((scene.MaxLon + padLon - _minLon) * _kx);
        Height = Math.Max(1, (_maxLat - minLat) * _scale);
    }

    public double Height { get; }

    /// <summary>SVG units per kilometre, for the scale bar.</summary>
    public double PerKm => _scale / 111.32;

    public double X(double lon) => (lon - _minLon) * _kx * _scale;

    public double Y(double lat) => (_maxLat - lat) * _scale;

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

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
