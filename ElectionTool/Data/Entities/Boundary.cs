namespace ElectionTool.Data.Entities;

/// <summary>A constituency unit's outline, or a part's (the area whose electors vote at one polling station).</summary>
public enum BoundaryKind
{
    Unit,
    Part,
}

/// <summary>
/// An imported boundary, kept as WKT text (longitude, latitude in WGS 84) so SQLite and PostgreSQL hold it alike;
/// its centroid, area and extent are stored beside it so checks and the map need not re-read every polygon.
/// </summary>
public class Boundary
{
    public int Id { get; set; }
    public BoundaryKind Kind { get; set; }
    public int ConstituencyUnitId { get; set; }
    public ConstituencyUnit? ConstituencyUnit { get; set; }

    /// <summary>For a part: its polling station (a part is keyed by unit + station number).</summary>
    public int? PollingStationId { get; set; }
    public PollingStation? PollingStation { get; set; }

    public required string Wkt { get; set; }
    public double CentroidLatitude { get; set; }
    public double CentroidLongitude { get; set; }
    public double AreaSqKm { get; set; }
    public double MinLongitude { get; set; }
    public double MinLatitude { get; set; }
    public double MaxLongitude { get; set; }
    public double MaxLatitude { get; set; }
    public string Source { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public string ImportedBy { get; set; } = "";
}
