namespace ElectionTool.Draw.Duties;

/// <summary>A polling station as sector planning sees it. Building is the station's location text (may be empty).</summary>
public sealed record PlanStation(string UnitCode, int Number, string Building, GeoPoint? Point);

public sealed record SectorPlanSettings(int StationsPerSector = 10, int SectorsPerZone = 5)
{
    public const int MinStationsPerSector = 6;
    public const int MaxStationsPerSector = 15;

    public string? Problem() =>
        StationsPerSector is < MinStationsPerSector or > MaxStationsPerSector
            ? $"Stations per sector must be {MinStationsPerSector} to {MaxStationsPerSector}; it is {StationsPerSector}."
            : SectorsPerZone < 1 ? $"Sectors per zone must be at least 1; it is {SectorsPerZone}." : null;
}

/// <summary>One proposed sector: its stations in route order and the route's length.</summary>
public sealed record PlannedSector(string UnitCode, int Number, int ZoneNumber, bool NoLocation, IReadOnlyList<int> Route, double RouteKm)
{
    public string Code => SectorCodes.Sector(UnitCode, Number);
}

public sealed record SectorPlan(IReadOnlyList<PlannedSector> Sectors)
{
    public IEnumerable<(string UnitCode, int Number)> Zones =>
        Sectors.Select(s => (s.UnitCode, s.ZoneNumber)).Distinct().OrderBy(z => z.UnitCode, StringComparer.Ordinal).ThenBy(z => z.ZoneNumber);
}

/// <summary>How sectors and zones are named: unit code, S or Z, number.</summary>
public static class SectorCodes
{
    public static string Sector(string unitCode, int number) => $"{unitCode}-S{number:00}";

    public static string Zone(string unitCode, int number) => $"{unitCode}-Z{number}";
}
