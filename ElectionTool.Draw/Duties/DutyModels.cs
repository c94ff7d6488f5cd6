namespace ElectionTool.Draw.Duties;

/// <summary>
/// A duty besides the polling party. Each kind has its band (<see cref="DutyBands"/>) and posts; the counting kinds are
/// the three seats of a counting table, drawn together by <see cref="Counting.CountingDraw"/>.
/// </summary>
public enum DutyKind
{
    ZonalOfficer,
    SectorOfficer,
    MicroObserver,
    CountingSupervisor,
    CountingAssistant,
    CountingMicroObserver,
}

/// <summary>A person of the pool with what the duty bands read beyond the polling draw's fields.</summary>
public sealed record DutyPerson
{
    public required DrawEmployee Employee { get; init; }

    /// <summary>The department's category as the district records it, e.g. CentralGovt, CentralPsu, Bank, StateGovt.</summary>
    public required string DepartmentCategory { get; init; }

    /// <summary>A, B, C or D.</summary>
    public required string ServiceGroup { get; init; }
}

/// <summary>A seat to fill: a zone, a sector or a critical station. Not posted at home is checked against UnitCode.</summary>
public sealed record DutyPost(string Code, string UnitCode);

/// <summary>The duty's own settings; eligibility (retirement, exemption, disability) comes from the election's <see cref="DrawSettings"/>.</summary>
public sealed record DutyRules
{
    /// <summary>Officers: gazetted, or pay level at least this. Ignored for micro-observers.</summary>
    public int MinPayLevel { get; init; }
    public bool AllowGazetted { get; init; } = true;
    public int ReservePercent { get; init; } = 20;
}

/// <summary>Everything a duty draw reads besides its seed (and, for an allotment, the selection it builds on).</summary>
public sealed record DutyInput
{
    public required string ElectionId { get; init; }
    public required DutyKind Kind { get; init; }
    public required DrawSettings Settings { get; init; }
    public required DutyRules Rules { get; init; }
    public required IReadOnlyList<DutyPost> Posts { get; init; }

    /// <summary>People already holding a duty of an accepted stage (and their spouses) are not in the pool.</summary>
    public required IReadOnlyList<DutyPerson> Pool { get; init; }

    public int ReserveCount => (Posts.Count * Rules.ReservePercent + 99) / 100;
}

/// <summary>One drafted person. PostCode is null for a reserve and for a micro-observer before allotment.</summary>
public sealed record DutyAssignment(long EmployeeId, string? PostCode, string? UnitCode, bool IsReserve, int Order);

/// <summary>A duty draw's result: step 1 selects (and for officers allots); step 2 allots micro-observers to stations.</summary>
public sealed record DutyResult
{
    public required string ElectionId { get; init; }
    public required DutyKind Kind { get; init; }
    public required int Step { get; init; }
    public required string AlgorithmVersion { get; init; }
    public required string Seed { get; init; }
    public required string InputHash { get; init; }
    public required string OutputHash { get; init; }
    public required DrawReport Report { get; init; }
    public required IReadOnlyList<DutyAssignment> Assignments { get; init; }
}
