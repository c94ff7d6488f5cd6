using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Draw.Stages;
using ElectionTool.Features.Duties;

namespace ElectionTool.Cli;

/// <summary>
/// `draw --stage N | --duty NAME --seed TEXT [--accept]`, `draw verify --stage N | --duty NAME [--run ID]`, `draw verify --bundle FILE`,
/// `draw bundle --stage N [--run ID] --out FILE`, `draw sectors propose|lock`. Every stage, polling or duty, runs and
/// verifies through the same service and prints the same way.
/// </summary>
public sealed class DrawCommand : ICliCommand
{
    public string Name => "draw";
    public string Usage => "draw --stage N|--duty zonal|sector|micro|micro-allot|counting-select|counting-halls|counting-tables --seed TEXT [--accept] | draw verify --stage N|--duty NAME [--run ID] | draw verify --bundle FILE | draw bundle --stage N [--run ID] --out FILE | draw sectors propose|lock";
    public string Summary => "Runs a draw stage of the current election — polling parties (--stage 1-3), field officers and micro-observers, or counting staff (--duty) — printing report, hashes and counts (exit 1 if infeasible); re-runs a stored stage or an audit bundle (no database) and checks it (exit 1 on mismatch); writes a run's audit bundle; proposes and locks sectors.";

    public async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        if (args.Positional.FirstOrDefault() == "verify" && args.Has("bundle"))
        {
            return DrawBundleCommand.VerifyOffline(["draw", "verify", "--bundle", args.Get("bundle") ?? ""]);
        }

        try
        {
            if (args.Positional.FirstOrDefault() == "sectors")
            {
                return await SectorsCommand.RunAsync(services.GetRequiredService<SectorService>(), args.Positional.ElementAtOrDefault(1), ct);
            }
            var stage = StageOf(args);
            var draws = services.GetRequiredService<DrawService>();
            return args.Positional.FirstOrDefault() switch
            {
                "bundle" when stage is PollingStage => await DrawBundleCommand.WriteAsync(services, stage.Number, args, ct),
                "bundle" => throw new CliUsageException("audit bundles are written for the polling stages (--stage 1-3)"),
                "verify" => await VerifyAsync(draws, stage, args.Get("run"), ct),
                _ => await RunStageAsync(draws, stage, args.Require("seed"), args.Has("accept"), ct),
            };
        }
        catch (DrawRefusedException e)
        {
            Console.Error.WriteLine($"draw: {e.Message}");
            return 1;
        }
    }

    private static DrawStageDefinition StageOf(CliArgs args)
    {
        if (args.Get("duty") is { } duty)
        {
            return (DrawStageDefinition?)DutyStages.Named(duty) ?? Features.Counting.CountingStages.Named(duty) ?? throw new CliUsageException(
                $"--duty must be {string.Join(", ", DutyStages.All.Select(s => s.CliName).Concat(Features.Counting.CountingStages.All.Select(s => s.CliName)))}");
        }
        var number = args.GetInt("stage", 0);
        return PollingStages.All.FirstOrDefault(s => s.Number == number) ?? throw new CliUsageException("--stage must be 1, 2 or 3 (or give --duty NAME)");
    }

    private static string Label(DrawStageDefinition stage) => stage is PollingStage ? $"Stage {stage.Number} — {stage.Title}" : stage.Title;

    private static async Task<int> RunStageAsync(DrawService draws, DrawStageDefinition stage, string seed, bool accept, CancellationToken ct)
    {
        var view = await draws.RunStageAsync(stage.Number, seed, ct);
        var run = view.Run;
        Console.WriteLine($"{Label(stage)}: run {run.Id}, {(run.Feasible ? "feasible" : "INFEASIBLE")}");
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
            Console.WriteLine($"  Accepted: {Label(stage)} is locked.");
        }
        else
        {
            Console.WriteLine($"  Proposed: accept in the app, or run again with --accept.");
        }
        return 0;
    }

    private static async Task<int> VerifyAsync(DrawService draws, DrawStageDefinition stage, string? runText, CancellationToken ct)
    {
        var runs = await draws.ListRunsAsync([stage.Number], ct);
        var run = runText is not null ? runs.FirstOrDefault(r => r.Id.ToString() == runText)
            : runs.FirstOrDefault(r => r.Status == DrawRunStatus.Accepted) ?? runs.FirstOrDefault();
        if (run is null)
        {
            Console.Error.WriteLine($"draw verify: no run of {Label(stage)}{(runText is null ? "" : $" with id {runText}")} in the current election.");
            return 1;
        }
        var outcome = await draws.VerifyAsync(run.Id, ct);
        Console.WriteLine($"{Label(stage)} run {run.Id} ({run.Status}), seed \"{outcome.Seed}\", {outcome.AlgorithmVersion}");
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
