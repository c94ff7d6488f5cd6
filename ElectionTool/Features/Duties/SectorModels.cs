namespace ElectionTool.Features.Duties;

public sealed record SectorStop(int StationId, int Number, string Name, int RouteOrder, bool Critical, double? Latitude, double? Longitude);

public sealed record SectorRow(int Id, string Code, string Name, string? ZoneCode, bool NoLocation, double RouteKm, IReadOnlyList<SectorStop> Stops);

public sealed record UnitSectors(string UnitCode, string UnitName, IReadOnlyList<SectorRow> Sectors);

public sealed record SectorSettingsView(int StationsPerSector, int SectorsPerZone, int ZonalMinPayLevel, int SectorMinPayLevel, int ReservePercent);

/// <summary>The Admin's view of the current election's sectors.</summary>
public sealed record SectorBoard(int ElectionId, string ElectionName, SectorSettingsView Settings, DateTimeOffset? LockedAt, string? LockedBy, IReadOnlyList<UnitSectors> Units)
{
    public bool Locked => LockedAt is not null;
    public int SectorCount => Units.Sum(u => u.Sectors.Count);
}
