using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>
/// The three stages of the current election's draw: preview, run (a Proposed result), accept (locks) or discard,
/// and verify. Stage 1 reads the database; stages 2 and 3 read only the input snapshot of the accepted stage before
/// them, so no data edit after stage 1 can reach a result — later changes are handled as replacements.
/// Every run, discarded ones too, stays in the table and in the audit log with its seed and hashes.
/// </summary>
public sealed class DrawService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, DrawInputBuilder inputs, TimeProvider clock, Common.DistrictClock districtClock, DrawChanges changes, DutyLookup.DutySmsQueue dutySms)
{
    public async Task<DrawOverview> GetOverviewAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var runs = await db.Set<DrawRun>().AsNoTracking().Where(r => r.ElectionId == election.Id)
            .Select(r => new { r.Stage, r.Status, r.Id }).ToListAsync(ct);
        var states = new List<StageStatus>();
        foreach (var stage in DrawStages.All)
        {
            var accepted = await SummaryAsync(db, runs.FirstOrDefault(r => r.Stage == stage && r.Status == DrawRunStatus.Accepted)?.Id, ct);
            var proposed = await SummaryAsync(db, runs.Where(r => r.Stage == stage && r.Status == DrawRunStatus.Proposed).MaxBy(r => r.Id)?.Id, ct);
            var previousLocked = stage == 1 || states[^1].State == StageState.Locked;
            var state = accepted is not null ? StageState.Locked : !previousLocked ? StageState.Waiting : proposed is not null ? StageState.Proposed : StageState.Ready;
            states.Add(new StageStatus(stage, DrawStages.Title(stage), state, accepted, proposed, runs.Count(r => r.Stage == stage)));
        }
        return new DrawOverview(election.Id, election.Name, states);
    }

    public async Task<StagePreview> PreviewAsync(int stage, CancellationToken ct)
    {
        var status = (await GetOverviewAsync(ct)).Stages[stage - 1];
        if (stage == 1)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var election = await DrawStore.CurrentElectionAsync(db, ct);
            var input = await inputs.BuildAsync(election.Id, ct);
            return DrawPreviews.For(1, status.State, null, input, null);
        }
        var previous = await LoadPreviousAsync(stage, ct);
        if (previous is null)
        {
            var blocker = $"Stage {stage - 1} ({DrawStages.Title(stage - 1)}) must be accepted first.";
            return new StagePreview(stage, status.State, blocker, 0, 0, new DrawSettings { PollDate = default, PresidingMinPayLevel = 0, PollingOfficer1MinPayLevel = 0 }, [], [], []);
        }
        var snapshot = DrawSnapshot.Unpack(previous.InputSnapshot);
        var one = stage == 2 ? DrawSnapshot.FromJson<StageOneResult>(previous.ResultJson) : null;
        return DrawPreviews.For(stage, status.State, null, snapshot, one);
    }

    /// <summary>Runs a stage and stores the result as Proposed (or Discarded when infeasible). A Proposed run of the stage is superseded.</summary>
    public async Task<DrawRunView> RunStageAsync(int stage, string seedText, CancellationToken ct)
    {
        if (!DrawStages.IsValid(stage))
        {
            throw new DrawRefusedException($"There is no stage {stage}; stages are 1, 2 and 3.");
        }

        var seed = DrawSeed.Normalize(seedText);
        if (DrawSeed.Problem(seed) is { } problem)
        {
            throw new DrawRefusedException(problem);
        }

        var user = await currentUser.GetNameAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        if (await db.Set<DrawRun>().AnyAsync(r => r.ElectionId == election.Id && r.Stage == stage && r.Status == DrawRunStatus.Accepted, ct))
        {
            throw new DrawRefusedException($"Stage {stage} is already accepted and locked.");
        }

        var previous = stage == 1 ? null : await DrawStore.AcceptedAsync(db, election.Id, stage - 1, ct)
            ?? throw new DrawRefusedException($"Stage {stage - 1} ({DrawStages.Title(stage - 1)}) must be accepted before stage {stage}.");

        var input = previous is null ? await inputs.BuildAsync(election.Id, ct) : DrawSnapshot.Unpack(previous.InputSnapshot);
        var (result, report, hashes) = await Task.Run(() => DrawStore.Execute(stage, input, previous?.ResultJson, seed), ct);
        var now = clock.GetUtcNow();
        foreach (var stale in await db.Set<DrawRun>().Where(r => r.ElectionId == election.Id && r.Stage == stage && r.Status == DrawRunStatus.Proposed).ToListAsync(ct))
        {
            Discard(db, stale, user, now, "Superseded by a new run.");
        }

        var run = new DrawRun
        {
            ElectionId = election.Id,
            Stage = stage,
            Seed = seed,
            InputHash = hashes.Input,
            OutputHash = hashes.Output,
            AlgorithmVersion = previous?.AlgorithmVersion ?? DrawAlgorithm.Version,
            Feasible = report.Feasible,
            PreviousRunId = previous?.Id,
            Status = report.Feasible ? DrawRunStatus.Proposed : DrawRunStatus.Discarded,
            DiscardedBy = report.Feasible ? null : user,
            DiscardedAt = report.Feasible ? null : now,
            DiscardReason = report.Feasible ? null : "Infeasible: a rule cannot be met.",
            RunBy = user,
            RunAt = now,
            InputSnapshot = previous?.InputSnapshot ?? DrawSnapshot.Pack(input),
            ResultJson = result,
            ReportJson = DrawSnapshot.ToJson(report),
        };
        // The run and its audit entry are one transaction: a run is never stored without its line in the log.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Add(run);
            Bundle.DrawBundleService.RecordCommitment(db, run, input, previous);
            await db.SaveChangesAsync(ct);
            AuditLog.Record(db, user, "DrawRun", nameof(DrawRun), run.Id.ToString(), after: AuditView(run));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        changes.Publish(new DrawStageChanged(stage, run.Id));
        return View(run);
    }

    /// <summary>Where data entry stands for the current election (shown before stage 1 is run and accepted).</summary>
    public async Task<EntryWindowStatus> EntryWindowAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await EntryWindow.ReadAsync(db, await DrawStore.CurrentElectionAsync(db, ct), districtClock, ct);
    }

    /// <summary>Locks a proposed run (command line): accepting stage 1 while data entry is open is recorded in the audit log.</summary>
    public Task<DrawRunSummary> AcceptAsync(long runId, CancellationToken ct) => AcceptAsync(runId, null, false, ct);

    /// <summary>
    /// Locks a proposed run from the draw page: while data entry is still open, stage 1 is accepted only with
    /// <see cref="EntryWindowStatus.ConfirmationPhrase"/> typed, and the warning is recorded in the audit log.
    /// </summary>
    public Task<DrawRunSummary> AcceptAsync(long runId, string? typedConfirmation, CancellationToken ct) => AcceptAsync(runId, typedConfirmation, true, ct);

    private async Task<DrawRunSummary> AcceptAsync(long runId, string? typedConfirmation, bool confirmationRequired, CancellationToken ct)
    {
        var user = await currentUser.GetNameAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.Set<DrawRun>().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new DrawRefusedException($"Run {runId} does not exist.");
        if (run.Status != DrawRunStatus.Proposed || !run.Feasible)
        {
            throw new DrawRefusedException($"Run {runId} is {run.Status.ToString().ToLowerInvariant()}; only a proposed, feasible run can be accepted.");
        }

        if (await db.Set<DrawRun>().AnyAsync(r => r.ElectionId == run.ElectionId && r.Stage == run.Stage && r.Status == DrawRunStatus.Accepted, ct))
        {
            throw new DrawRefusedException($"Stage {run.Stage} is already accepted.");
        }

        if (run.Stage > 1 && (await DrawStore.AcceptedAsync(db, run.ElectionId, run.Stage - 1, ct))?.Id != run.PreviousRunId)
        {
            throw new DrawRefusedException($"Run {runId} does not build on the accepted stage {run.Stage - 1}.");
        }

        if (run.Stage == 1)
        {
            var election = await db.Elections.AsNoTracking().FirstAsync(e => e.Id == run.ElectionId, ct);
            var window = await EntryWindow.ReadAsync(db, election, districtClock, ct);
            if (window.IsOpen)
            {
                if (confirmationRequired && !EntryWindowStatus.Confirms(typedConfirmation))
                {
                    throw new DrawRefusedException($"Data entry is still open ({window.Describe()}) Type {EntryWindowStatus.ConfirmationPhrase} to accept stage 1 now.");
                }
                AuditLog.Record(db, user, "DrawAcceptedEarly", nameof(DrawRun), run.Id.ToString(), after: new
                {
                    Warning = window.Describe(),
                    window.OfficesNotFinalized,
                    window.StaffLeftOut,
                    window.DaysToDeadline,
                    Confirmation = confirmationRequired ? typedConfirmation?.Trim() : "command line",
                });
            }
        }

        var before = AuditView(run);
        run.Status = DrawRunStatus.Accepted;
        run.AcceptedBy = user;
        run.AcceptedAt = clock.GetUtcNow();
        AuditLog.Record(db, user, "DrawAccepted", nameof(DrawRun), run.Id.ToString(), before, AuditView(run));
        await db.SaveChangesAsync(ct);
        changes.Publish(new DrawStageChanged(run.Stage, run.Id));
        // Orders issued (stage 2) or stations released (stage 3): the optional texts are only queued here.
        await dutySms.QueueAsync(run.Stage, run.Id, user, ct);
        return DrawStages.Summary(run);
    }

    public async Task DiscardAsync(long runId, string reason, CancellationToken ct)
    {
        var user = await currentUser.GetNameAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.Set<DrawRun>().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new DrawRefusedException($"Run {runId} does not exist.");
        if (run.Status != DrawRunStatus.Proposed)
        {
            throw new DrawRefusedException($"Run {runId} is {run.Status.ToString().ToLowerInvariant()}; only a proposed run can be discarded.");
        }

        Discard(db, run, user, clock.GetUtcNow(), string.IsNullOrWhiteSpace(reason) ? "Discarded by the Admin." : reason.Trim());
        await db.SaveChangesAsync(ct);
        changes.Publish(new DrawStageChanged(run.Stage, run.Id));
    }

    public async Task<IReadOnlyList<DrawRunSummary>> ListRunsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var runs = await db.Set<DrawRun>().AsNoTracking().Where(r => r.ElectionId == election.Id && r.Duty == "PollingParty")
            .Select(r => new DrawRun
            {
                Id = r.Id,
                Stage = r.Stage,
                Seed = r.Seed,
                InputHash = r.InputHash,
                OutputHash = r.OutputHash,
                AlgorithmVersion = r.AlgorithmVersion,
                Feasible = r.Feasible,
                Status = r.Status,
                RunBy = r.RunBy,
                RunAt = r.RunAt,
                AcceptedBy = r.AcceptedBy,
                AcceptedAt = r.AcceptedAt,
                DiscardReason = r.DiscardReason,
                InputSnapshot = Array.Empty<byte>(),
                ResultJson = "",
                ReportJson = "",
            }).ToListAsync(ct);
        return runs.OrderByDescending(r => r.Id).Select(DrawStages.Summary).ToList();
    }

    public async Task<DrawRunView?> GetRunAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.Set<DrawRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        return run is null ? null : View(run);
    }

    /// <summary>Re-runs a stored run from its own snapshot and seed; read-only apart from the audit entry.</summary>
    public async Task<VerifyOutcome> VerifyAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.Set<DrawRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new DrawRefusedException($"Run {runId} does not exist.");
        var previous = run.PreviousRunId is { } id ? await db.Set<DrawRun>().AsNoTracking().FirstAsync(r => r.Id == id, ct) : null;
        var outcome = await Task.Run(() => DrawVerifier.Verify(run, previous), ct);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "DrawVerified", nameof(DrawRun), run.Id.ToString(),
            after: new { run.Stage, run.Seed, outcome.RecomputedInputHash, outcome.RecomputedOutputHash, outcome.Matches });
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    private async Task<DrawRun?> LoadPreviousAsync(int stage, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        return await DrawStore.AcceptedAsync(db, election.Id, stage - 1, ct);
    }

    private static async Task<DrawRunSummary?> SummaryAsync(ElectionDbContext db, long? id, CancellationToken ct) =>
        id is null ? null : DrawStages.Summary(await db.Set<DrawRun>().AsNoTracking().FirstAsync(r => r.Id == id, ct));

    private static void Discard(ElectionDbContext db, DrawRun run, string user, DateTimeOffset now, string reason)
    {
        var before = AuditView(run);
        run.Status = DrawRunStatus.Discarded;
        run.DiscardedBy = user;
        run.DiscardedAt = now;
        run.DiscardReason = reason;
        AuditLog.Record(db, user, "DrawDiscarded", nameof(DrawRun), run.Id.ToString(), before, AuditView(run));
    }

    private static DrawRunView View(DrawRun run) => new(DrawStages.Summary(run), DrawSnapshot.FromJson<DrawReport>(run.ReportJson),
        run.Feasible ? DrawPreviews.Counts(run.Stage, run.ResultJson) : []);

    private static object AuditView(DrawRun r) => new
    {
        r.Stage,
        r.Seed,
        r.InputHash,
        r.OutputHash,
        r.AlgorithmVersion,
        r.Feasible,
        Status = r.Status.ToString(),
        r.PreviousRunId,
        r.DiscardReason,
    };
}

/// <summary>A draw operation the rules do not allow right now; the message says why, for the Admin.</summary>
public sealed class DrawRefusedException(string message) : InvalidOperationException(message);
