namespace ElectionTool.Data.Entities;

public enum DrawRunStatus
{
    Proposed,
    Accepted,
    Discarded,
}

/// <summary>
/// One run of a draw stage. Everything needed to re-run it is stored with it (the input snapshot, the seed and,
/// through <see cref="PreviousRunId"/>, the accepted result it built on), so an accepted run never depends on live data.
/// </summary>
public class DrawRun
{
    public long Id { get; set; }
    public int ElectionId { get; set; }
    public Election? Election { get; set; }
    public int Stage { get; set; }

    /// <summary>Which duty the run drafts: "PollingParty" (stages 1–3) or a duty kind (see Features/Duties/DutyStages).</summary>
    public string Duty { get; set; } = "PollingParty";

    /// <summary>The seed after normalization (trimmed, inner whitespace collapsed), exactly as the engine used it.</summary>
    public required string Seed { get; set; }
    public required string InputHash { get; set; }
    public required string OutputHash { get; set; }
    public required string AlgorithmVersion { get; set; }
    public bool Feasible { get; set; }
    public DrawRunStatus Status { get; set; }

    /// <summary>The accepted run of the previous stage this run builds on (null for stage 1).</summary>
    public long? PreviousRunId { get; set; }
    public required string RunBy { get; set; }
    public DateTimeOffset RunAt { get; set; }
    public string? AcceptedBy { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public string? DiscardedBy { get; set; }
    public DateTimeOffset? DiscardedAt { get; set; }
    public string? DiscardReason { get; set; }

    /// <summary>The exact DrawInput, as Brotli-compressed UTF-8 JSON.</summary>
    public required byte[] InputSnapshot { get; set; }
    public required string ResultJson { get; set; }
    public required string ReportJson { get; set; }
}

public enum ReplacementKind
{
    Exempted,
    Absent,
}

/// <summary>
/// A drafted person taken out after stage 2, and the reserve who takes their seat. The accepted stage-2 result
/// is never rewritten: the party as it now stands is that result with these applied in order.
/// </summary>
public class PartyReplacement
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public DrawRun? Run { get; set; }
    public int AbsentEmployeeId { get; set; }

    /// <summary>Null when a reserve is withdrawn: nobody needs to take their place.</summary>
    public int? ReplacementEmployeeId { get; set; }
    public int? PartyNumber { get; set; }
    public required string Role { get; set; }
    public required string UnitCode { get; set; }
    public ReplacementKind Kind { get; set; }
    public required string Reason { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
}

public enum ReprintKind
{
    /// <summary>The party changed: print this person's order again.</summary>
    Reprint,

    /// <summary>A reserve drafted into a party: a new order.</summary>
    NewOrder,

    /// <summary>The person is out: their order is withdrawn.</summary>
    Cancelled,
}

/// <summary>An appointment order that must be printed (or withdrawn) again because of a replacement.</summary>
public class OrderReprint
{
    public long Id { get; set; }
    public int ElectionId { get; set; }
    public int EmployeeId { get; set; }
    public long ReplacementId { get; set; }
    public PartyReplacement? Replacement { get; set; }
    public int? PartyNumber { get; set; }
    public ReprintKind Kind { get; set; }
    public DateTimeOffset MarkedAt { get; set; }
}

/// <summary>What the appointment orders of an election say about training and reporting; set by the Admin.</summary>
public class DrawOrderDetails
{
    public int ElectionId { get; set; }
    public string OrderNumber { get; set; } = "";
    public string TrainingPlace { get; set; } = "";
    public string TrainingTime { get; set; } = "";
    public string ReportingPlace { get; set; } = "";
    public string ReportingTime { get; set; } = "";
    public string Signatory { get; set; } = "District Election Officer"; // English: data the Admin edits on the order details form
    public DateTimeOffset UpdatedAt { get; set; }
}
