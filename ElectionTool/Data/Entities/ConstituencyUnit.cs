namespace ElectionTool.Data.Entities;

/// <summary>The kind of unit an election is fought on: ACs for assembly/parliament, wards for municipal polls.</summary>
public enum UnitKind
{
    AssemblyConstituency,
    Ward,
}

/// <summary>An Assembly Constituency or a Ward of a local body; employees and stations point at one.</summary>
public class ConstituencyUnit
{
    public int Id { get; set; }

    /// <summary>Stable code used in files: "AC-071" for ACs, "{LocalBodyCode}-W07" for wards.</summary>
    public required string Code { get; set; }
    public UnitKind Kind { get; set; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public int? LocalBodyId { get; set; }
    public LocalBody? LocalBody { get; set; }

    public static string AcCode(int number) => $"AC-{number:000}";

    public static string WardCode(string localBodyCode, int number) => $"{localBodyCode}-W{number:00}";
}
