namespace ElectionTool.Features.Maps;

public readonly record struct LonLat(double Lon, double Lat);

/// <summary>A unit, part or zone outline: rings of points (the first the outside, the rest holes), for any polygon or multipolygon.</summary>
public sealed record MapArea(string Key, string Label, IReadOnlyList<IReadOnlyList<LonLat>> Rings);

/// <summary>A located station; its sector officer is withheld (null, <see cref="OfficerWithheld"/>) outside the viewer's departments.</summary>
public sealed record MapStation(int Id, string UnitCode, int Number, string Name, int Electors, bool WomenManaged, bool Critical, LonLat At,
    string? SectorCode, string? SectorOfficer, bool OfficerWithheld = false);

/// <summary>A sector's route: its stations in visiting order, and the route's length.</summary>
public sealed record MapSector(string Code, string Name, string? ZoneCode, int Colour, IReadOnlyList<LonLat> Route, double RouteKm);

/// <summary>Everything one map draws, from the database; the extent is in degrees (longitude, latitude).</summary>
public sealed record MapScene(double MinLon, double MinLat, double MaxLon, double MaxLat,
    IReadOnlyList<MapArea> Units, IReadOnlyList<MapArea> Parts, IReadOnlyList<MapStation> Stations, IReadOnlyList<MapSector> Sectors, IReadOnlyList<MapArea> Zones)
{
    public static readonly MapScene Empty = new(0, 0, 0, 0, [], [], [], [], []);

    public bool IsEmpty => Units.Count == 0 && Parts.Count == 0 && Stations.Count == 0;

    /// <summary>Colours for sectors, distinct on screen and on a black-and-white print's grey scale.</summary>
    public static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"];
}
