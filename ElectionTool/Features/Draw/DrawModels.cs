using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Resources;

namespace ElectionTool.Features.Draw;

/// <summary>Where one stage of the current election stands.</summary>
public enum StageState
{
    /// <summary>The previous stage is not accepted yet.</summary>
    Waiting,

    /// <summary>May be run; no proposed result.</summary>
    Ready,

    /// <summary>A result awaits Accept or Discard.</summary>
    Proposed,

    /// <summary>Accepted: locked for good.</summary>
    Locked,
}

public sealed record DrawRunSummary(
    long Id, int Stage, string Seed, string InputHash, string OutputHash, string AlgorithmVersion, bool Feasible,
    DrawRunStatus Status, string RunBy, DateTimeOffset RunAt, string? AcceptedBy, DateTimeOffset? AcceptedAt, string? DiscardReason);

public sealed record StageStatus(int Stage, string Title, StageState State, DrawRunSummary? Accepted, DrawRunSummary? Proposed, int Runs);

public sealed record DrawOverview(int ElectionId, string ElectionName, IReadOnlyList<StageStatus> Stages);

/// <summary>Need and supply of one role: seats (reserve included), women seats, and who in the pool may fill them.</summary>
public sealed record RoleSupply(Role Role, int Seats, int WomenSeats, int Eligible, int EligibleWomen)
{
    public bool Short => Eligible < Seats || EligibleWomen < WomenSeats;
}

public sealed record UnitSummary(string UnitCode, string UnitName, int Stations, int WomenManaged, int WithFourth, int ReserveParties);

/// <summary>What a stage will read, and whether it can run: shown before the seed is entered.</summary>
public sealed record StagePreview(
    int Stage, StageState State, string? Blocker, int PoolSize, int EligibleSize, DrawSettings Settings,
    IReadOnlyList<RoleSupply> Roles, IReadOnlyList<UnitSummary> Units, IReadOnlyList<DrawFinding> Findings);

/// <summary>A stored run with its report and headline counts.</summary>
public sealed record DrawRunView(DrawRunSummary Run, DrawReport Report, IReadOnlyList<(string Label, int Count)> Counts);

/// <summary>The outcome of re-running a stored run from its snapshot and seed.</summary>
public sealed record VerifyOutcome(
    long RunId, int Stage, string Seed, string AlgorithmVersion,
    string RecordedInputHash, string RecomputedInputHash,
    string RecordedOutputHash, string RecomputedOutputHash, string StoredResultHash,
    IReadOnlyList<DrawFinding> RuleFindings)
{
    public bool InputMatches => RecordedInputHash == RecomputedInputHash;
    public bool OutputMatches => RecordedOutputHash == RecomputedOutputHash;

    /// <summary>The stored result's content still hashes to the recorded output hash (nobody edited it).</summary>
    public bool StoredResultMatches => StoredResultHash == RecordedOutputHash;

    public bool Matches => InputMatches && OutputMatches && StoredResultMatches && RuleFindings.Count == 0;
}

public static class DrawStages
{
    public static readonly IReadOnlyList<int> All = [1, 2, 3];

    public static string Title(int stage) => Stages.DrawStageCatalog.Find(stage)?.Title ?? UiText.Format("Stage {0}", stage);

    public static string Output(int stage) => Stages.DrawStageCatalog.Find(stage)?.Output ?? "";

    public static bool IsValid(int stage) => stage is >= 1 and <= 3;

    public static DrawRunSummary Summary(DrawRun r) => new(r.Id, r.Stage, r.Seed, r.InputHash, r.OutputHash, r.AlgorithmVersion,
        r.Feasible, r.Status, r.RunBy, r.RunAt, r.AcceptedBy, r.AcceptedAt, r.DiscardReason);
}
