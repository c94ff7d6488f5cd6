using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw.Stages;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>
/// Every stage of every draw of the current election through one path (<see cref="DrawStageCatalog"/>): run (a Proposed
/// result), accept (locks) or discard, and verify. A stage that builds on another reads only that accepted run's input
/// snapshot and result, so no data edit after it can reach a result — later changes are handled as replacements.
/// One person holds one duty: a drafting run is not accepted while someone in it holds a duty of another accepted stage.
/// Every run, discarded ones too, stays in the table and in the audit log with its seed and hashes.
/// </summary>
public sealed class DrawService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, StageInputs inputs, TimeProvider clock, Common.DistrictClock districtClock, DrawChanges changes, DutyLookup.DutySmsQueue dutySms, DrawEngineRunner engine)
{
    /// <summary>The polling-party stages.</summary>
    public async Task<DrawOverview> GetOverviewAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        return new DrawOverview(election.Id, election.Name, await StatesAsync(db, election.Id, PollingStages.All, ct));
    }

    /// <summary>Where each of the given stages stands (Waiting until the stage it builds on is accepted).</summary>
    public async Task<IReadOnlyList<StageStatus>> GetStatesAsync(IEnumerable<DrawStageDefinition> stages, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        return await StatesAsync(db, election.Id, stages, ct);
    }

    public async Task<StagePreview> PreviewAsync(int stage, CancellationToken ct) =>
        await DrawPreviews.ForStageAsync(dbFactory, inputs.Polling, stage, (await GetOverviewAsync(ct)).Stages[stage - 1].State, ct);

    /// <summary>Runs a stage and stores the result as Proposed (or Discarded when infeasible). A Proposed run of the stage is superseded.</summary>
    /// <remarks>
    /// Cancelling <paramref name="ct"/> (the Stop button) or reaching Draw:TimeLimitMinutes stops the run with nothing stored;
    /// the attempt is written to the audit log with its seed and the reason, and <see cref="DrawStoppedException"/> says so.
    /// </remarks>
    public async Task<DrawRunView> RunStageAsync(int stage, string seedText, CancellationToken ct)
    {
        try
        {
            return await RunAsync(stage, seedText, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            var stopped = DrawEngineRunner.ByUser();
            await RecordStopAsync(stage, seedText, "DrawStopped", stopped);
            throw stopped;
        }
        catch (DrawStoppedException stopped)
        {
            await RecordStopAsync(stage, seedText, "DrawStopped", stopped);
            throw;
        }
    }

    private async Task RecordStopAsync(int stage, string seed, string action, DrawStoppedException stopped)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        AuditLog.Record(db, await currentUser.GetNameAsync(), action, nameof(DrawRun), stage.ToString(System.Globalization.CultureInfo.InvariantCulture),
            after: new { Stage = stage, Duty = DrawStageCatalog.Get(stage).Duty, Seed = DrawSeed.Normalize(seed), Reason = stopped.AuditReason(engine.LimitMinutes) });
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<DrawRunView> RunAsync(int stage, string seedText, CancellationToken ct)
    {
        var definition = DrawStageCatalog.Get(stage);
        var seed = DrawSeed.Normalize(seedText);
        if (DrawSeed.Problem(seed) is { } problem)
        {
            throw new DrawRefusedException(problem);
        }

        var user = await currentUser.GetNameAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        if (await DrawStore.AcceptedAsync(db, election.Id, stage, ct) is not null)
        {
            throw new DrawRefusedException(UiText.Format("{0} is already accepted and locked.", Named(definition)));
        }

        var previous = definition.Previous is not { } p ? null : await DrawStore.AcceptedAsync(db, election.Id, p, ct)
            ?? throw new DrawRefusedException(UiText.Format("{0} must be accepted before {1}.", Named(DrawStageCatalog.Get(p)), Named(definition)));
        var input = previous is null ? await definition.ReadInputAsync(inputs, election.Id, ct) : definition.Unpack(previous.InputSnapshot);
        var result = await engine.RunAsync(() => definition.Execute(input, previous?.ResultJson, seed, null), ct);
        var now = clock.GetUtcNow();
        foreach (var stale in await db.Set<DrawRun>().Where(r => r.ElectionId == election.Id && r.Stage == stage && r.Status == DrawRunStatus.Proposed).ToListAsync(ct))
        {
            Discard(db, stale, user, now, UiText.Of("Superseded by a new run."));
        }

        var feasible = result.Report.Feasible;
        var run = new DrawRun
        {
            ElectionId = election.Id,
            Stage = stage,
            Duty = definition.Duty,
            Seed = seed,
            InputHash = result.InputHash,
            OutputHash = result.OutputHash,
            AlgorithmVersion = definition.VersionFor(previous),
            Feasible = feasible,
            PreviousRunId = previous?.Id,
            Status = feasible ? DrawRunStatus.Proposed : DrawRunStatus.Discarded,
            DiscardedBy = feasible ? null : user,
            DiscardedAt = feasible ? null : now,
            DiscardReason = feasible ? null : "Infeasible: a rule cannot be met.", // English: stored with the run and written into its audit entries, read in English like the whole audit log
            RunBy = user,
            RunAt = now,
            InputSnapshot = previous?.InputSnapshot ?? definition.Pack(input),
            ResultJson = result.ResultJson,
            ReportJson = DrawSnapshot.ToJson(result.Report),
        };
        // The run and its audit entry are one transaction: a run is never stored without its line in the log.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Add(run);
            definition.OnRecorded(db, run, input, previous);
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
    public Task<DrawRunSummary> AcceptAsync(long runId, CancellationToken ct) => AcceptAsync(runId, new AcceptRequest(null, false), ct);

    /// <summary>
    /// Locks a proposed run from a draw page: while data entry is still open, stage 1 is accepted only with
    /// <see cref="EntryWindowStatus.ConfirmationPhrase"/> typed, and the warning is recorded in the audit log.
    /// </summary>
    public Task<DrawRunSummary> AcceptAsync(long runId, string? typedConfirmation, CancellationToken ct) => AcceptAsync(runId, new AcceptRequest(typedConfirmation, true), ct);

    private async Task<DrawRunSummary> AcceptAsync(long runId, AcceptRequest request, CancellationToken ct)
    {
        var user = await currentUser.GetNameAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.Set<DrawRun>().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new DrawRefusedException(UiText.Format("Run {0} does not exist.", runId));
        var definition = DrawStageCatalog.Get(run.Stage);
        if (run.Status != DrawRunStatus.Proposed || !run.Feasible)
        {
            throw new DrawRefusedException(UiText.Format("Run {0} is {1}; only a proposed, feasible run can be accepted.", runId, StatusWord(run)));
        }

        if (await DrawStore.AcceptedAsync(db, run.ElectionId, run.Stage, ct) is not null)
        {
            throw new DrawRefusedException(UiText.Format("{0} is already accepted.", Named(definition)));
        }

        if (definition.Previous is { } p && (await DrawStore.AcceptedAsync(db, run.ElectionId, p, ct))?.Id != run.PreviousRunId)
        {
            throw new DrawRefusedException(UiText.Format("Run {0} does not build on the accepted {1}.", runId, Named(DrawStageCatalog.Get(p))));
        }

        if (definition.Drafts)
        {
            // Another stage accepted since this run was drawn may hold some of its people: one duty per person.
            var held = await definition.BlockingHoldersAsync(db, run.ElectionId, ct);
            var clash = definition.Holders(run.ResultJson).Count(held.Contains);
            if (clash > 0)
            {
                throw new DrawRefusedException(UiText.Format("{0} people of run {1} were drafted by a stage accepted after it was run. Run {2} again.", clash, runId, Named(definition)));
            }
        }

        await definition.BeforeAcceptAsync(db, run, request, user, districtClock, ct);
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
        var run = await db.Set<DrawRun>().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new DrawRefusedException(UiText.Format("Run {0} does not exist.", runId));
        if (run.Status != DrawRunStatus.Proposed)
        {
            throw new DrawRefusedException(UiText.Format("Run {0} is {1}; only a proposed run can be discarded.", runId, StatusWord(run)));
        }

        Discard(db, run, user, clock.GetUtcNow(), string.IsNullOrWhiteSpace(reason) ? UiText.Of("Discarded by the Admin.") : reason.Trim());
        await db.SaveChangesAsync(ct);
        changes.Publish(new DrawStageChanged(run.Stage, run.Id));
    }

    /// <summary>The polling-party runs, newest first.</summary>
    public Task<IReadOnlyList<DrawRunSummary>> ListRunsAsync(CancellationToken ct) => ListRunsAsync(PollingStages.All.Select(s => s.Number).ToList(), ct);

    /// <summary>The runs of the given stages, newest first (without their snapshots and results).</summary>
    public async Task<IReadOnlyList<DrawRunSummary>> ListRunsAsync(IReadOnlyCollection<int> stages, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var runs = await db.Set<DrawRun>().AsNoTracking().Where(r => r.ElectionId == election.Id && stages.Contains(r.Stage))
            .Select(r => new DrawRunSummary(r.Id, r.Stage, r.Seed, r.InputHash, r.OutputHash, r.AlgorithmVersion, r.Feasible, r.Status,
                r.RunBy, r.RunAt, r.AcceptedBy, r.AcceptedAt, r.DiscardReason)).ToListAsync(ct);
        return runs.OrderByDescending(r => r.Id).ToList();
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
        var run = await db.Set<DrawRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new DrawRefusedException(UiText.Format("Run {0} does not exist.", runId));
        var previous = run.PreviousRunId is { } id ? await db.Set<DrawRun>().AsNoTracking().FirstAsync(r => r.Id == id, ct) : null;
        VerifyOutcome outcome;
        try
        {
            outcome = await engine.RunAsync(() => DrawVerifier.Verify(run, previous), ct);
        }
        catch (DrawStoppedException stopped)
        {
            await RecordStopAsync(run.Stage, run.Seed, "DrawVerifyStopped", stopped);
            throw;
        }

        AuditLog.Record(db, await currentUser.GetNameAsync(), "DrawVerified", nameof(DrawRun), run.Id.ToString(),
            after: new { run.Stage, run.Duty, run.Seed, outcome.RecomputedInputHash, outcome.RecomputedOutputHash, outcome.Matches });
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    private static async Task<IReadOnlyList<StageStatus>> StatesAsync(ElectionDbContext db, int electionId, IEnumerable<DrawStageDefinition> stages, CancellationToken ct)
    {
        var list = stages.ToList();
        var numbers = list.Select(s => s.Number).Concat(list.Select(s => s.Previous).OfType<int>()).ToList();
        var runs = await db.Set<DrawRun>().AsNoTracking().Where(r => r.ElectionId == electionId && numbers.Contains(r.Stage))
            .Select(r => new { r.Stage, r.Status, r.Id }).ToListAsync(ct);
        var states = new List<StageStatus>();
        foreach (var stage in list)
        {
            var accepted = await SummaryAsync(db, runs.FirstOrDefault(r => r.Stage == stage.Number && r.Status == DrawRunStatus.Accepted)?.Id, ct);
            var proposed = await SummaryAsync(db, runs.Where(r => r.Stage == stage.Number && r.Status == DrawRunStatus.Proposed).MaxBy(r => r.Id)?.Id, ct);
            var waiting = stage.Previous is { } p && !runs.Any(r => r.Stage == p && r.Status == DrawRunStatus.Accepted);
            var state = accepted is not null ? StageState.Locked : waiting ? StageState.Waiting : proposed is not null ? StageState.Proposed : StageState.Ready;
            states.Add(new StageStatus(stage.Number, stage.Title, state, accepted, proposed, runs.Count(r => r.Stage == stage.Number)));
        }
        return states;
    }

    private static string Named(DrawStageDefinition d) => d is PollingStage ? UiText.Format("Stage {0} ({1})", d.Number, UiText.Of(d.Title)) : UiText.Of(d.Title);

    private static string StatusWord(DrawRun run) => run.Status switch
    {
        DrawRunStatus.Accepted => UiText.Of("already accepted"),
        DrawRunStatus.Discarded => UiText.Of("already discarded"),
        _ => UiText.Of("not feasible"),
    };

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
        run.Feasible ? DrawStageCatalog.Get(run.Stage).Counts(run.ResultJson) : []);

    private static object AuditView(DrawRun r) => new
    {
        r.Stage,
        r.Duty,
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
public class DrawRefusedException(string message) : InvalidOperationException(message);
