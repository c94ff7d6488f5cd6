using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;

namespace ElectionTool.Features.Draw.Stages;

/// <summary>What running a stage produced: the result as stored, its report and both hashes.</summary>
public sealed record StageExecution(string ResultJson, DrawReport Report, string InputHash, string OutputHash);

/// <summary>How an Admin accepts a run: from the draw page (a confirmation may be asked) or from the command line.</summary>
public sealed record AcceptRequest(string? TypedConfirmation, bool FromPage);

/// <summary>
/// One seeded stage of any draw — polling parties (1–3), field officers and micro-observers (11–14), later counting staff.
/// It says how the stage reads, runs, hashes, checks and counts its material; <see cref="DrawService"/> does the rest
/// (snapshot, storing, accept/lock, discard, verify, audit, the one-duty ledger) once for every stage.
/// </summary>
public abstract class DrawStageDefinition
{
    public abstract int Number { get; }

    /// <summary>Stored as <see cref="DrawRun.Duty"/>: "PollingParty" or a duty kind.</summary>
    public abstract string Duty { get; }
    public abstract string Title { get; }

    /// <summary>What the stage's accepted result prints.</summary>
    public abstract string Output { get; }

    /// <summary>The stage whose accepted result this one builds on (its snapshot is reused); null reads live data.</summary>
    public virtual int? Previous => null;

    /// <summary>Whether the result drafts people: they then hold a duty and leave every later draw's pool.</summary>
    public abstract bool Drafts { get; }

    /// <summary>Reads the live input (stages without <see cref="Previous"/> only).</summary>
    public abstract Task<object> ReadInputAsync(StageInputs inputs, int electionId, CancellationToken ct);

    public abstract byte[] Pack(object input);
    public abstract object Unpack(byte[] snapshot);

    /// <summary><paramref name="version"/>: the stored run's own version when verifying; null for a new run.</summary>
    public abstract StageExecution Execute(object input, string? previousResultJson, string seed, string? version);

    /// <summary>The output hash of a stored result's content, recomputed (not the hash it claims).</summary>
    public abstract string ContentHash(string resultJson);

    /// <summary>Every rule checked on a stored result, independent of how it was produced.</summary>
    public abstract IReadOnlyList<DrawFinding> Validate(object input, string? previousResultJson, string resultJson);

    public abstract IReadOnlyList<(string Label, int Count)> Counts(string resultJson);

    /// <summary>Everyone the result drafts (empty unless <see cref="Drafts"/>).</summary>
    public abstract IEnumerable<long> Holders(string resultJson);

    /// <summary>The algorithm version a new run records.</summary>
    public abstract string VersionFor(DrawRun? previous);

    /// <summary>Stored beside the run in the same transaction (e.g. the audit bundle's people commitment).</summary>
    public virtual void OnRecorded(ElectionDbContext db, DrawRun run, object input, DrawRun? previous)
    {
    }

    /// <summary>Who holds a duty that keeps a person out of this stage (default: every accepted drafting stage's people).</summary>
    public virtual async Task<IReadOnlySet<long>> BlockingHoldersAsync(ElectionDbContext db, int electionId, CancellationToken ct) =>
        await Duties.DutyLedgerStore.HeldAsync(db, electionId, ct);

    /// <summary>A stage's own condition for accepting, on top of the common ones; throws <see cref="DrawRefusedException"/>.</summary>
    public virtual Task BeforeAcceptAsync(ElectionDbContext db, DrawRun run, AcceptRequest request, string user, Common.DistrictClock clock, CancellationToken ct) =>
        Task.CompletedTask;
}

/// <summary>A stage whose input and results are typed; the snapshot is the input as Brotli-compressed JSON.</summary>
public abstract class DrawStageDefinition<TInput> : DrawStageDefinition where TInput : class
{
    public override byte[] Pack(object input) => DrawSnapshot.Pack((TInput)input);
    public override object Unpack(byte[] snapshot) => DrawSnapshot.Unpack<TInput>(snapshot);
}
