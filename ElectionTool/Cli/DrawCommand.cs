using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;

namespace ElectionTool.Cli;

/// <summary>`draw --stage N --seed TEXT [--accept]`, `draw verify --stage N [--run ID]`, `draw verify --bundle FILE`, `draw bundle --stage N [--run ID] --out FILE`.</summary>
public sealed class DrawCommand : ICliCommand
{
    public string Name => "draw";
    public string Usage => "draw --stage N --seed TEXT [--accept] | draw verify --stage N [--run ID] | draw verify --bundle FILE | draw bundle --stage N [--run ID] --out FILE | " + DutyDrawCli.Usage;
    public string Summary => "Runs a draw stage of the current election (prints report, hashes, counts; exit 1 if infeasible), re-runs a stored stage or an audit bundle (no database) and checks it (exit 1 on mismatch), writes a run's audit bundle, or runs the sector, zonal and micro-observer duties.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        if (args.Positional.FirstOrDefault() == "verify" && args.Has("bundle"))
        {
            return DrawBundleCommand.VerifyOffline(["draw", "verify", "--bundle", args.Get("bundle") ?? ""]);
        }
        if (DutyDrawCli.Handles(args))
        {
            return await DutyDrawCli.RunAsync(services, args, ct);
        }

        var stage = args.GetInt("stage", 0);
        if (!DrawStages.IsValid(stage))
        {
            throw new CliUsageException("--stage must be 1, 2 or 3");
        }

        var draws = services.GetRequiredService<DrawService>();
        try
        {
            return args.Positional.FirstOrDefault() == "bundle" ? await DrawBundleCommand.WriteAsync(services, stage, args, ct)
                : args.Positional.FirstOrDefault() == "verify"
                ? await VerifyAsync(draws, stage, args.Get("run"), ct)
                : await RunStageAsync(draws, stage, args.Require("seed"), args.Has("accept"), ct);
        }
        catch (DrawRefusedException e)
        {
            Console.Error.WriteLine($"draw: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> RunStageAsync(DrawService draws, int stage, string seed, bool accept, CancellationToken ct)
    {
        var view = await draws.RunStageAsync(stage, seed, ct);
        var run = view.Run;
        Console.WriteLine($"Stage {stage} — {DrawStages.Title(stage)}: run {run.Id}, {(run.Feasible ? "feasible" : "INFEASIBLE")}");
        foreach (var f in view.Report.Findings)
        {
            Console.WriteLine($"  {(f.Blocking ? "BLOCKS" : "note  ")} [{f.Rule}] {f.Message}{(f.Blocking ? $" (need {f.Need}, available {f.Available})" : "")}");
        }

        Console.WriteLine($"  seed:              {run.Seed}");
        Console.WriteLine($"  algorithm version: {run.AlgorithmVersion}");
        Console.WriteLine($"  input hash:        {run.InputHash}");
        Console.WriteLine($"  output hash:       {run.OutputHash}");
        foreach (var (label, count) in view.Counts)
        {
            Console.WriteLine($"  {label,-18} {count}");
        }

        if (!run.Feasible)
        {
            return 1;
        }

        if (accept)
        {
            await draws.AcceptAsync(run.Id, ct);
            Console.WriteLine($"  Accepted: stage {stage} is locked.");
        }
        else
        {
            Console.WriteLine($"  Proposed: accept in the app, or run again with --accept.");
        }
        return 0;
    }

    private static async Task<int> VerifyAsync(DrawService draws, int stage, string? runText, CancellationToken ct)
    {
        var runs = (await draws.ListRunsAsync(ct)).Where(r => r.Stage == stage).ToList();
        var run = runText is not null ? runs.FirstOrDefault(r => r.Id.ToString() == runText)
            : runs.FirstOrDefault(r => r.Status == DrawRunStatus.Accepted) ?? runs.FirstOrDefault();
        if (run is null)
        {
            Console.Error.WriteLine($"draw verify: no run of stage {stage}{(runText is null ? "" : $" with id {runText}")} in the current election.");
            return 1;
        }
        var outcome = await draws.VerifyAsync(run.Id, ct);
        Console.WriteLine($"Stage {stage} run {run.Id} ({run.Status}), seed \"{outcome.Seed}\", {outcome.AlgorithmVersion}");
        Console.WriteLine($"  input hash   recorded {outcome.RecordedInputHash}");
        Console.WriteLine($"               re-run   {outcome.RecomputedInputHash}  {(outcome.InputMatches ? "MATCH" : "MISMATCH")}");
        Console.WriteLine($"  output hash  recorded {outcome.RecordedOutputHash}");
        Console.WriteLine($"               re-run   {outcome.RecomputedOutputHash}  {(outcome.OutputMatches ? "MATCH" : "MISMATCH")}");
        Console.WriteLine($"  stored result hashes to {outcome.StoredResultHash}  {(outcome.StoredResultMatches ? "MATCH" : "MISMATCH")}");
        foreach (var f in outcome.RuleFindings)
        {
            Console.WriteLine($"  rule broken [{f.Rule}] {f.Message}");
        }

        Console.WriteLine(outcome.Matches ? "REPRODUCED: the stored result is exactly what the seed gives." : "NOT REPRODUCED.");
        return outcome.Matches ? 0 : 1;
    }
}
