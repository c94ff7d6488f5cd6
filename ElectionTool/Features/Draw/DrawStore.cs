using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Elections;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>Reading stored runs, and running the engine for a stage from stored material.</summary>
public static class DrawStore
{
    public static async Task<Election> CurrentElectionAsync(ElectionDbContext db, CancellationToken ct) =>
        await FindCurrentElectionAsync(db, ct)
        ?? throw new DrawRefusedException(UiText.Of("There is no current election. Add one on the Elections page first."));

    /// <summary>The current election, or null where "none yet" simply means nothing to show.</summary>
    public static Task<Election?> FindCurrentElectionAsync(ElectionDbContext db, CancellationToken ct) =>
        db.CurrentElection().AsNoTracking().FirstOrDefaultAsync(ct);

    public static Task<DrawRun?> AcceptedAsync(ElectionDbContext db, int electionId, int stage, CancellationToken ct) =>
        db.Set<DrawRun>().AsNoTracking().FirstOrDefaultAsync(r => r.ElectionId == electionId && r.Stage == stage && r.Status == DrawRunStatus.Accepted, ct);

    /// <summary>
    /// Runs the engine; <paramref name="previousResultJson"/> is the accepted result of the stage before (stages 2 and 3).
    /// <paramref name="version"/> is the algorithm to run: a stored run's own version when verifying; null for a new
    /// run (stage 1 then uses the current version, stages 2 and 3 the version of the stage before).
    /// </summary>
    public static (string ResultJson, DrawReport Report, (string Input, string Output) Hashes) Execute(int stage, DrawInput input, string? previousResultJson, string seed, string? version = null)
    {
        switch (stage)
        {
            case 1:
                var one = DrawStageOne.Run(input, seed, version);
                return (DrawSnapshot.ToJson(one), one.Report, (one.InputHash, one.OutputHash));
            case 2:
                var two = DrawStageTwo.Run(input, DrawSnapshot.FromJson<StageOneResult>(previousResultJson!), seed, version);
                return (DrawSnapshot.ToJson(two), two.Report, (two.InputHash, two.OutputHash));
            default:
                var three = DrawStageThree.Run(input, DrawSnapshot.FromJson<StageTwoResult>(previousResultJson!), seed, version);
                return (DrawSnapshot.ToJson(three), three.Report, (three.InputHash, three.OutputHash));
        }
    }

    /// <summary>The output hash of a stored result's content, recomputed (not the hash it claims).</summary>
    public static string ContentHash(int stage, string resultJson) => stage switch
    {
        1 => DrawHashes.Output(DrawSnapshot.FromJson<StageOneResult>(resultJson)),
        2 => DrawHashes.Output(DrawSnapshot.FromJson<StageTwoResult>(resultJson)),
        _ => DrawHashes.Output(DrawSnapshot.FromJson<StageThreeResult>(resultJson)),
    };
}

/// <summary>Re-runs a stored run of any stage and checks its stored result against every rule.</summary>
public static class DrawVerifier
{
    public static VerifyOutcome Verify(DrawRun run, DrawRun? previous)
    {
        var stage = Stages.DrawStageCatalog.Get(run.Stage);
        var input = stage.Unpack(run.InputSnapshot);
        var again = stage.Execute(input, previous?.ResultJson, run.Seed, run.AlgorithmVersion);
        var stored = stage.ContentHash(run.ResultJson);
        var rules = run.Feasible ? stage.Validate(input, previous?.ResultJson, run.ResultJson) : [];
        return new VerifyOutcome(run.Id, run.Stage, run.Seed, run.AlgorithmVersion, run.InputHash, again.InputHash,
            run.OutputHash, again.OutputHash, stored, rules);
    }
}
