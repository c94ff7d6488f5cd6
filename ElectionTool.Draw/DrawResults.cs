namespace ElectionTool.Draw;

/// <summary>Why a stage stopped, or what it set aside. Feasible is false when any finding is blocking.</summary>
public sealed record DrawReport(bool Feasible, IReadOnlyList<DrawFinding> Findings)
{
    public static DrawReport From(IReadOnlyList<DrawFinding> findings) =>
        new(findings.All(f => !f.Blocking), findings);
}

/// <summary>One statement about the draw: the rule it concerns, plain words, and the figures behind it.</summary>
public sealed record DrawFinding(string Rule, string Message, long Need, long Available, bool Blocking = true);

public sealed record StageOneAssignment(long EmployeeId, Role Role);

/// <summary>Stage 1: who is drafted and in which role. Units and reserve status are decided in stage 2.</summary>
public sealed record StageOneResult
{
    public required string ElectionId { get; init; }
    public required string AlgorithmVersion { get; init; }
    public required string Seed { get; init; }
    public required string InputHash { get; init; }
    public required string OutputHash { get; init; }
    public required DrawReport Report { get; init; }
    public required IReadOnlyList<StageOneAssignment> Assignments { get; init; }
}

public sealed record PartyMember(Role Role, long EmployeeId);

public sealed record DrawParty
{
    public required int PartyNumber { get; init; }
    public required string UnitCode { get; init; }
    public required bool IsReserve { get; init; }

    /// <summary>Formed for a women-managed station (or as reserve for one): every member is a woman.</summary>
    public required bool AllWomen { get; init; }

    /// <summary>Ordered by role.</summary>
    public required IReadOnlyList<PartyMember> Members { get; init; }
}

/// <summary>A reserve Polling Officer 4 held for a unit outside any party (reserve parties have no 4th seat).</summary>
public sealed record ReservePerson(string UnitCode, Role Role, long EmployeeId);

/// <summary>Stage 2: numbered parties allotted to units, with reserve parties and reserve persons per unit.</summary>
public sealed record StageTwoResult
{
    public required string ElectionId { get; init; }
    public required string AlgorithmVersion { get; init; }
    public required string Seed { get; init; }
    public required string InputHash { get; init; }
    public required string OutputHash { get; init; }
    public required DrawReport Report { get; init; }
    public required IReadOnlyList<DrawParty> Parties { get; init; }
    public required IReadOnlyList<ReservePerson> ReservePersons { get; init; }
}

public sealed record StationAllotment(string UnitCode, int StationNumber, int PartyNumber);

/// <summary>Stage 3: which party serves which polling station.</summary>
public sealed record StageThreeResult
{
    public required string ElectionId { get; init; }
    public required string AlgorithmVersion { get; init; }
    public required string Seed { get; init; }
    public required string InputHash { get; init; }
    public required string OutputHash { get; init; }
    public required DrawReport Report { get; init; }
    public required IReadOnlyList<StationAllotment> Allotments { get; init; }
}
