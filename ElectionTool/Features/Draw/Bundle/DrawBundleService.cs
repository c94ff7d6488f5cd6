using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Auditing;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw.Bundle;

/// <summary>Audit bundles of stored runs (Admin and Observers), and the private people mapping behind them (Admin).</summary>
public sealed class DrawBundleService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
{
    /// <summary>Only versions whose canonical input is pseudonymous may be published; ET-DRAW-1 inputs carry names and EPICs.</summary>
    public static bool HoldsPersonalData(string algorithmVersion) => algorithmVersion == ElectionTool.Draw.DrawAlgorithm.V1;

    /// <summary>The run of a stage in the current election: the given one, else the accepted one, else the latest.</summary>
    public async Task<long?> FindRunAsync(int stage, long? runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var runs = db.Set<DrawRun>().AsNoTracking().Where(r => r.ElectionId == election.Id && r.Stage == stage);
        if (runId is not null)
        {
            return await runs.Where(r => r.Id == runId).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
        }

        return await runs.Where(r => r.Status == DrawRunStatus.Accepted).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct)
            ?? await runs.OrderByDescending(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<DrawBundle> BuildAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (run, previous, input) = await LoadAsync(db, runId, ct);
        var texts = await Task.Run(() => DrawBundleTexts.For(run, input, previous), ct);
        var commitment = await db.Set<DrawPeopleCommitment>().AsNoTracking().FirstOrDefaultAsync(c => c.RunId == runId, ct);
        var bundle = new DrawBundle
        {
            Stage = run.Stage,
            RunId = run.Id,
            ElectionId = input.ElectionId,
            AlgorithmVersion = run.AlgorithmVersion,
            Seed = run.Seed,
            InputHash = run.InputHash,
            OutputHash = run.OutputHash,
            InputText = texts.Input,
            OutputText = texts.Output,
            PreviousOutputText = texts.PreviousOutput,
            PeopleCommitment = commitment?.Sha256 ?? DrawPeople.Commitment(input.ElectionId, run.Stage, run.InputHash, input.Pool, texts.PeopleIds).Sha256,
            HoldsPersonalData = HoldsPersonalData(run.AlgorithmVersion),
        };
        AuditLog.Record(db, await currentUser.GetNameAsync(), "DrawBundleDownloaded", nameof(DrawRun), run.Id.ToString(),
            after: new { run.Stage, run.InputHash, run.OutputHash, bundle.PeopleCommitment });
        await db.SaveChangesAsync(ct);
        return bundle;
    }

    /// <summary>The private Id → person mapping whose SHA-256 is the run's people commitment. Personal data: Admin only, logged.</summary>
    public async Task<string> MappingAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (run, previous, input) = await LoadAsync(db, runId, ct);
        var text = DrawPeople.MappingText(input.ElectionId, run.Stage, run.InputHash, input.Pool, DrawBundleTexts.PeopleOf(run.Stage, input, previous));
        AuditLog.Record(db, await currentUser.GetNameAsync(), "Export", nameof(DrawRun), run.Id.ToString(),
            after: new { Export = "draw people mapping", run.Stage, Lines = text.Count(c => c == '\n') - 1 });
        await db.SaveChangesAsync(ct);
        return text;
    }

    /// <summary>Adds the commitment row for a new run, in the run's own unit of work.</summary>
    public static void RecordCommitment(ElectionDbContext db, DrawRun run, DrawInput input, DrawRun? previous)
    {
        var (sha, people) = DrawPeople.Commitment(input.ElectionId, run.Stage, run.InputHash, input.Pool, DrawBundleTexts.PeopleOf(run.Stage, input, previous));
        db.Add(new DrawPeopleCommitment { Run = run, Sha256 = sha, People = people });
    }

    private static async Task<(DrawRun Run, DrawRun? Previous, DrawInput Input)> LoadAsync(ElectionDbContext db, long runId, CancellationToken ct)
    {
        var run = await db.Set<DrawRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct)
            ?? throw new DrawRefusedException(UiText.Format("Run {0} does not exist.", runId));
        var previous = run.PreviousRunId is { } id ? await db.Set<DrawRun>().AsNoTracking().FirstAsync(r => r.Id == id, ct) : null;
        return (run, previous, DrawSnapshot.Unpack(run.InputSnapshot));
    }
}
