namespace ElectionTool.Data.Entities;

/// <summary>
/// A counting hall of a constituency unit for one election. Its counting tables and postal-ballot tables are each
/// staffed by a counting supervisor, assistant and micro-observer from the counting draw; the Returning Officer's
/// table is the RO's own.
/// </summary>
public class CountingHall
{
    public int Id { get; set; }
    public int ElectionId { get; set; }
    public int ConstituencyUnitId { get; set; }
    public ConstituencyUnit? ConstituencyUnit { get; set; }

    /// <summary>Hall number within the unit; the hall's code is "AC-071/H1".</summary>
    public int Number { get; set; }

    /// <summary>The counting centre (building) the hall is in.</summary>
    public required string Centre { get; set; }
    public required string Name { get; set; }
    public int Tables { get; set; } = 14;
    public int PostalBallotTables { get; set; }
    public bool ReturningOfficerTable { get; set; } = true;

    public static string CodeOf(string unitCode, int number) => $"{unitCode}/H{number}";
}

/// <summary>An election's counting-draw settings.</summary>
public class CountingSettings
{
    public int ElectionId { get; set; }

    /// <summary>Counting supervisors: gazetted, or pay level at least this.</summary>
    public int SupervisorMinPayLevel { get; set; } = 8;
    public int ReservePercent { get; set; } = 20;

    /// <summary>Whether people on polling-party duty may also be drafted for counting (counting follows the poll).</summary>
    public bool PollingStaffMayCount { get; set; } = true;
}
