using System.ComponentModel.DataAnnotations;

namespace ElectionTool.Features.Counting.Halls;

public sealed record CountingHallRow(int Id, string UnitCode, string UnitName, int Number, string Centre, string Name, int Tables, int PostalBallotTables, bool ReturningOfficerTable)
{
    public string Code => Data.Entities.CountingHall.CodeOf(UnitCode, Number);
}

/// <summary>What the hall dialog and one row of the halls CSV edit.</summary>
public sealed class CountingHallInput
{
    [Required(ErrorMessage = "Enter the unit code (e.g. AC-071).")]
    public string UnitCode { get; set; } = "";

    [Range(1, 99, ErrorMessage = "Hall number: 1 to 99 within the unit.")]
    public int Number { get; set; } = 1;

    [Required(ErrorMessage = "Enter the counting centre (building).")]
    [StringLength(200)]
    public string Centre { get; set; } = "";

    [Required(ErrorMessage = "Enter the hall's name.")]
    [StringLength(120)]
    public string Name { get; set; } = "";

    [Range(1, 50, ErrorMessage = "Counting tables: 1 to 50 (ECI's usual is 14).")]
    public int Tables { get; set; } = 14;

    [Range(0, 20, ErrorMessage = "Postal-ballot tables: 0 to 20.")]
    public int PostalBallotTables { get; set; }

    public bool ReturningOfficerTable { get; set; } = true;
}

/// <summary>The election's counting settings as the page edits them.</summary>
public sealed class CountingSettingsInput
{
    [Range(1, 18, ErrorMessage = "Supervisor pay level: 1 to 18.")]
    public int SupervisorMinPayLevel { get; set; } = 8;

    [Range(0, 100, ErrorMessage = "Reserve: 0 to 100 percent.")]
    public int ReservePercent { get; set; } = 20;

    public bool PollingStaffMayCount { get; set; } = true;
}

internal sealed record CountingHallSnapshot(int ElectionId, string UnitCode, int Number, string Centre, string Name, int Tables, int PostalBallotTables, bool ReturningOfficerTable);
