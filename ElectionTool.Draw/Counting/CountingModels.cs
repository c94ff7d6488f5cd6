using ElectionTool.Draw.Duties;

namespace ElectionTool.Draw.Counting;

/// <summary>
/// A counting hall of a constituency unit. Every counting table and postal-ballot table is staffed (one supervisor, one
/// assistant, one micro-observer); the Returning Officer's table is staffed by the RO and is not drawn.
/// </summary>
public sealed record CountingHall(string Code, string UnitCode, string Name, int Tables, int PostalTables)
{
    /// <summary>Tables 1..Tables are counting tables; Tables+1..Seats are the postal-ballot tables.</summary>
    public int Seats => Tables + PostalTables;
}

/// <summary>The counting draw's own settings; eligibility (retirement, exemption, disability) comes from the election's <see cref="DrawSettings"/>.</summary>
public sealed record CountingRules
{
    /// <summary>Counting supervisors: gazetted (when allowed), or pay level at least this.</summary>
    public int SupervisorMinPayLevel { get; init; } = 8;
    public bool SupervisorAllowGazetted { get; init; } = true;

    /// <summary>Per role, per hall: ceil(seats × percent / 100).</summary>
    public int ReservePercent { get; init; } = 20;

    /// <summary>The same rules as the duty bands read them, so one home for each band (<see cref="DutyBands"/>).</summary>
    public DutyRules Bands => new() { MinPayLevel = SupervisorMinPayLevel, AllowGazetted = SupervisorAllowGazetted, ReservePercent = ReservePercent };
}

/// <summary>Everything the three counting steps read besides their seeds and the previous step's result.</summary>
public sealed record CountingInput
{
    public required string ElectionId { get; init; }
    public required DrawSettings Settings { get; init; }
    public required CountingRules Rules { get; init; }
    public required IReadOnlyList<CountingHall> Halls { get; init; }

    /// <summary>People holding another duty that bars counting (and their spouses) are already left out.</summary>
    public required IReadOnlyList<DutyPerson> Pool { get; init; }
}

/// <summary>
/// One drafted person. Step 1 gives the role only; step 2 adds the hall (and its unit); step 3 the table, or marks the
/// person as the hall's reserve.
/// </summary>
public sealed record CountingAssignment(long EmployeeId, DutyKind Role, string? HallCode, string? UnitCode, int? Table, bool IsReserve, int Order);

public sealed record CountingResult
{
    public required string ElectionId { get; init; }
    public required int Step { get; init; }
    public required string AlgorithmVersion { get; init; }
    public required string Seed { get; init; }
    public required string InputHash { get; init; }
    public required string OutputHash { get; init; }
    public required DrawReport Report { get; init; }
    public required IReadOnlyList<CountingAssignment> Assignments { get; init; }
}

/// <summary>The three seats of a counting table, in the order they are drawn and listed.</summary>
public static class CountingRoles
{
    public static readonly IReadOnlyList<DutyKind> All = [DutyKind.CountingSupervisor, DutyKind.CountingAssistant, DutyKind.CountingMicroObserver];

    /// <summary>Step 1 draws the scarce central pool first, then supervisors, then assistants (who are capped by the supervisors' pay).</summary>
    public static readonly IReadOnlyList<DutyKind> DrawOrder = [DutyKind.CountingMicroObserver, DutyKind.CountingSupervisor, DutyKind.CountingAssistant];

    /// <summary>Listing order at a table: supervisor, assistant, micro-observer.</summary>
    public static int Rank(DutyKind role) => role switch
    {
        DutyKind.CountingSupervisor => 0,
        DutyKind.CountingAssistant => 1,
        _ => 2,
    };

    public static bool IsCounting(DutyKind kind) => kind is DutyKind.CountingSupervisor or DutyKind.CountingAssistant or DutyKind.CountingMicroObserver;

    /// <summary>"3" for a counting table, "PB-1" for the first postal-ballot table.</summary>
    public static string TableLabel(CountingHall hall, int table) => table <= hall.Tables ? table.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"PB-{table - hall.Tables}";
}

/// <summary>How many of each role a hall and the whole draw need.</summary>
public static class CountingNeeds
{
    public static int Reserve(CountingHall hall, CountingRules rules) => (hall.Seats * rules.ReservePercent + 99) / 100;

    /// <summary>People of each role allotted to the hall: its seats plus its reserve.</summary>
    public static int PerRole(CountingHall hall, CountingRules rules) => hall.Seats + Reserve(hall, rules);

    public static int PerRole(CountingInput input) => input.Halls.Sum(h => PerRole(h, input.Rules));

    public static int Seats(CountingInput input) => input.Halls.Sum(h => h.Seats);
}
