namespace ElectionTool.Data.Entities;

/// <summary>An election's settings for sectors, zones and the officer draws (defaults from ECI practice).</summary>
public class DutySettings
{
    public int ElectionId { get; set; }
    public int StationsPerSector { get; set; } = 10;
    public int SectorsPerZone { get; set; } = 5;
    public int ZonalMinPayLevel { get; set; } = 12;
    public int SectorMinPayLevel { get; set; } = 10;
    public int ReservePercent { get; set; } = 20;

    /// <summary>Set when the Admin locks the sectors; officers are drawn only on locked sectors, and they never change after.</summary>
    public DateTimeOffset? SectorsLockedAt { get; set; }
    public string? SectorsLockedBy { get; set; }
}

/// <summary>A group of sectors of one constituency unit under a zonal officer.</summary>
public class Zone
{
    public int Id { get; set; }
    public int ElectionId { get; set; }
    public int ConstituencyUnitId { get; set; }
    public ConstituencyUnit? ConstituencyUnit { get; set; }
    public int Number { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}

/// <summary>Polling stations of one unit that one sector officer covers on a route.</summary>
public class Sector
{
    public int Id { get; set; }
    public int ElectionId { get; set; }
    public int ConstituencyUnitId { get; set; }
    public ConstituencyUnit? ConstituencyUnit { get; set; }
    public int? ZoneId { get; set; }
    public Zone? Zone { get; set; }
    public int Number { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public double RouteKm { get; set; }

    /// <summary>Some station has no coordinates: the route follows station numbers and has no length.</summary>
    public bool NoLocation { get; set; }
    public List<SectorStation> Stations { get; set; } = [];
}

/// <summary>A station's place in a sector's route (1 = first visited).</summary>
public class SectorStation
{
    public int Id { get; set; }
    public int ElectionId { get; set; }
    public int SectorId { get; set; }
    public Sector? Sector { get; set; }
    public int PollingStationId { get; set; }
    public PollingStation? PollingStation { get; set; }
    public int RouteOrder { get; set; }
}
