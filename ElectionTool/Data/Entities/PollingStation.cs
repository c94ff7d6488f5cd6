namespace ElectionTool.Data.Entities;

public class PollingStation
{
    public int Id { get; set; }
    public int ConstituencyUnitId { get; set; }
    public ConstituencyUnit? ConstituencyUnit { get; set; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public string Location { get; set; } = "";
    public int Electors { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>"Sakhi"/"Pink" station: staffed by an all-women party.</summary>
    public bool WomenManaged { get; set; }
    public bool Sensitive { get; set; }
}
