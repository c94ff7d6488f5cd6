using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

public sealed record DutyStageStatus(DutyStage Stage, StageState State, DrawRunSummary? Accepted, DrawRunSummary? Proposed, string? Blocker);

/// <summary>
/// Every duty stage through one path: run from a seed (Proposed, or Discarded when infeasible), accept (locks), discard,
/// verify. Runs live in DrawRuns beside the polling stages, with their seed, hashes, snapshot and audit entries.
/// A step-2 stage reads only the snapshot of the accepted step 1, so later data edits never reach it.
/// </summary>
public sealed class DutyDrawService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, DutyInputBuilder inputs, TimeProvider clock)
{
    public async Task<IReadOnlyList<DutyStageStatus>> GetOverviewAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var numbers = DutyStages.All.Select(s => s.Number).ToList();
        var runs = (await db.Set<DrawRun>().AsNoTracking().Where(r => r.ElectionId == election.Id && numbers.Contains(r.Stage))
            .Select(r => new { r.Id, r.Stage, r.Status }).ToListAsync(ct));
        var result = new List<DutyStageStatus>();
        foreach (var stage in DutyStages.All)
        {
            var accepted = runs.FirstOrDefault(r => r.Stage == stage.Number && r.Status == DrawRunStatus.Accepted)?.Id;
            var proposed = runs.Where(r => r.Stage == stage.Number && r.Status == DrawRunStatus.Proposed).MaxBy(r => r.Id)?.Id;
            var waiting = stage.Previous is { } p && !runs.Any(r => r.Stage == p && r.Status == DrawRunStatus.Accepted);
            var state = accepted is not null ? StageState.Locked : waiting ? StageState.Waiting : proposed is not null ? StageState.Proposed : StageState.Ready;
            result.Add(new DutyStageStatus(stage, state, await SummaryAsync(db, accepted, ct), await SummaryAsync(db, proposed, ct),
                waiting ? $"{DutyStages.Find(stage.Previous!.Value)!.Title} must be accepted first." : null));
        }
        return result;
    }

    public async Task<DrawRunView> RunAsync(int stageNumber, string seedText, CancellationToken ct)
    {
        var stage = DutyStages.Find(stageNumber) ?? throw new DrawRefusedException($"There is no duty stage {stageNumber}.");
        var seed = DrawSeed.Normalize(seedText);
        if (DrawSeed.Problem(seed) is { } problem)
        {
            throw new DrawRefusedException(problem);
        }

        var user = await currentUser.GetNameAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        if (await AcceptedAsync(db, election.Id, stage.Number, ct) is not null)
        {
            throw new DrawRefusedException($"{stage.Title} is already accepted and locked.");
        }

        var previous = stage.Previous is { } p ? await AcceptedAsync(db, election.Id, p, ct)
            ?? throw new DrawRefusedException($"{DutyStages.Find(p)!.Title} must be accepted first.") : null;
        var input = previous is null ? await inputs.BuildAsync(election.Id, stage.Kind, ct) : DutySnapshot.Unpack(previous.InputSnapshot);
        var result = await Task.Run(() => Execute(stage, input, previous?.ResultJson, seed), ct);
        var now = clock.GetUtcNow();
        foreach (var stale in await db.Set<DrawRun>().Where(r => r.ElectionId == election.Id && r.Stage == stage.Number && r.Status == DrawRunStatus.Proposed).ToListAsync(ct))
        {
            Discard(db, stale, user, now, "Superseded by a new run.");
        }

        var feasible = result.Report.Feasible;
        var run = new DrawRun
        {
            ElectionId = election.Id,
            Stage = stage.Number,
            Duty = stage.Duty,
            Seed = seed,
            InputHash = result.InputHash,
            OutputHash = result.OutputHash,
            AlgorithmVersion = DutyAlgorithm.Version,
            Feasible = feasible,
            PreviousRunId = previous?.Id,
            Status = feasible ? DrawRunStatus.Proposed : DrawRunStatus.Discarded,
            DiscardedBy = feasible ? null : user,
            DiscardedAt = feasible ? null : now,
            DiscardReason = feasible ? null : "Infeasible: a rule cannot be met.",
            RunBy = user,
            RunAt = now,
            InputSnapshot = previous?.InputSnapshot ?? DutySnapshot.Pack(input),
            ResultJson = DrawSnapshot.ToJson(result),
            ReportJson = DrawSnapshot.ToJson(result.Report),
        };
        db.Add(run);
        await db.SaveChangesAsync(ct);
        AuditLog.Record(db, user, "DrawRun", nameof(DrawRun), run.Id.ToString(), after: AuditView(run));
        await db.SaveChangesAsync(ct);
        return View(run, result);
    }

    public async Task<DrawRunSummary> AcceptAsync(long runId, CancellationToken ct)
    {
        var user = await currentUser.GetNameAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.Set<DrawRun>().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new DrawRefusedException($"Run {runId} does not exist.");
        var stage = DutyStages.Find(run.Stage) ?? throw new DrawRefusedException($"Run {runId} is not a duty stage.");
        if (run.Status != DrawRunStatus.Proposed || !run.Feasible)
        {
            throw new DrawRefusedException($"Run {runId} is {run.Status.ToString().ToLowerInvariant()}; only a proposed, feasible run can be accepted.");
        }

        if (await AcceptedAsync(db, run.ElectionId, run.Stage, ct) is not null)
        {
            throw new DrawRefusedException($"{stage.Title} is already accepted.");
        }

        if (DutyStages.Drafts(stage))
        {
            // Another stage accepted since this run was drawn may hold some of its people: one duty per person.
            var held = await DutyLedgerStore.HeldAsync(db, run.ElectionId, ct);
            var clash = DrawSnapshot.FromJson<DutyResult>(run.ResultJson).Assignments.Count(a => held.Contains(a.EmployeeId));
            if (clash > 0)
            {
                throw new DrawRefusedException($"{clash} people of run {runId} were drafted by a stage accepted after it was run. Run {stage.Title} again.");
            }
        }
        var before = AuditView(run);
        run.Status = DrawRunStatus.Accepted;
        run.AcceptedBy = user;
        run.AcceptedAt = clock.GetUtcNow();
        AuditLog.Record(db, user, "DrawAccepted", nameof(DrawRun), run.Id.ToString(), before, AuditView(run));
        await db.SaveChangesAsync(ct);
        return DrawStages.Summary(run);
    }

    public async Task DiscardAsync(long runId, string reason, CancellationToken ct)
    {
        var user = await currentUser.GetNameAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.Set<DrawRun>().FirstOrDefaultAsync(r => r.Id == runId && r.Status == DrawRunStatus.Proposed, ct)
            ?? throw new DrawRefusedException($"Run {runId} is not a proposed run.");
        Discard(db, run, user, clock.GetUtcNow(), string.IsNullOrWhiteSpace(reason) ? "Discarded by the Admin." : reason.Trim());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Re-runs a stored duty run from its snapshot and seed and checks the stored result against every rule.</summary>
    public async Task<VerifyOutcome> VerifyAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.Set<DrawRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new DrawRefusedException($"Run {runId} does not exist.");
        var stage = DutyStages.Find(run.Stage) ?? throw new DrawRefusedException($"Run {runId} is not a duty stage.");
        var previous = run.PreviousRunId is { } id ? await db.Set<DrawRun>().AsNoTracking().FirstAsync(r => r.Id == id, ct) : null;
        var outcome = await Task.Run(() =>
        {
            var input = DutySnapshot.Unpack(run.InputSnapshot);
            var again = Execute(stage, input, previous?.ResultJson, run.Seed);
            var stored = DrawSnapshot.FromJson<DutyResult>(run.ResultJson);
            var rules = run.Feasible ? DutyValidator.Validate(input, stored) : [];
            return new VerifyOutcome(run.Id, run.Stage, run.Seed, run.AlgorithmVersion, run.InputHash, again.InputHash,
                run.OutputHash, again.OutputHash, DutyHashes.Output(stored).Hash, rules);
        }, ct);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "DrawVerified", nameof(DrawRun), run.Id.ToString(),
            after: new { run.Stage, run.Duty, run.Seed, outcome.RecomputedInputHash, outcome.RecomputedOutputHash, outcome.Matches });
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    public async Task<IReadOnlyList<DrawRunSummary>> ListRunsAsync(int? stage, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var numbers = DutyStages.All.Select(s => s.Number).ToList();
        var runs = await db.Set<DrawRun>().AsNoTracking()
            .Where(r => r.ElectionId == election.Id && numbers.Contains(r.Stage) && (stage == null || r.Stage == stage))
            .OrderByDescending(r => r.Id).ToListAsync(ct);
        return runs.Select(DrawStages.Summary).ToList();
    }

    public static DutyResult Execute(DutyStage stage, DutyInput input, string? previousResultJson, string seed) =>
        stage.Step == 1 ? DutyDraw.Select(input, seed) : DutyDraw.Allot(input, DrawSnapshot.FromJson<DutyResult>(previousResultJson!), seed);

    public static Task<DrawRun?> AcceptedAsync(ElectionDbContext db, int electionId, int stage, CancellationToken ct) =>
        db.Set<DrawRun>().AsNoTracking().FirstOrDefaultAsync(r => r.ElectionId == electionId && r.Stage == stage && r.Status == DrawRunStatus.Accepted, ct);

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

    private static DrawRunView View(DrawRun run, DutyResult result) => new(DrawStages.Summary(run), result.Report,
        [("Posts filled", result.Assignments.Count(a => a.PostCode is not null)), ("Reserve", result.Assignments.Count(a => a.IsReserve)), ("Drafted", result.Assignments.Count)]);

    private static object AuditView(DrawRun r) => new { r.Stage, r.Duty, r.Seed, r.InputHash, r.OutputHash, r.AlgorithmVersion, r.Feasible, Status = r.Status.ToString(), r.PreviousRunId, r.DiscardReason };
}
