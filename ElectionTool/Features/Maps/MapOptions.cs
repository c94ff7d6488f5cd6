namespace ElectionTool.Features.Maps;

/// <summary>The <c>Maps</c> section of appsettings.json.</summary>
public sealed class MapOptions
{
    public const string Section = "Maps";

    /// <summary>
    /// The district's own tile server, e.g. <c>http://tiles.district.lan/{z}/{x}/{y}.png</c> (Web Mercator), drawn under the
    /// boundaries. Empty by default: the map then asks nothing of any server but the app.
    /// </summary>
    public string? TileUrl { get; set; }

    public bool HasTiles => !string.IsNullOrWhiteSpace(TileUrl);

    public string TileHref(MapTile tile) => TileUrl!.Trim()
        .Replace("{z}", tile.Z.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{x}", tile.X.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{y}", tile.Y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
