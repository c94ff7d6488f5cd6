namespace ElectionTool.Features.Maps;

/// <summary>The map's layers by name (the name is also the layer switch's label key and its test id).</summary>
public static class MapLayers
{
    public const string Units = "Units";
    public const string Parts = "Parts";
    public const string Stations = "Stations";
    public const string Sectors = "Sectors";
    public const string Zones = "Zones";
    public const string Tiles = "Tiles";

    /// <summary>The layers drawn from the database, bottom to top as the switch lists them.</summary>
    public static readonly string[] Vector = [Units, Parts, Stations, Sectors, Zones];
}
