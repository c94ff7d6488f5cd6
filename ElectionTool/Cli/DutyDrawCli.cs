using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Duties;

namespace ElectionTool.Cli;

/// <summary>
/// The field-force words of `draw`: `draw sectors propose|lock`, `draw --duty zonal|sector|micro|micro-allot --seed TEXT [--accept]`
/// and `draw verify --duty NAME [--run ID]`. The polling stages keep `--stage N`.
/// </summary>
public static class DutyDrawCli
{
    public const string Usage = "draw sectors propose|lock | draw --duty zonal|sector|micro|micro-allot --seed TEXT [--accept] | draw verify --duty NAME [--run ID]";

    public static bool Handles(CliArgs args) => args.Positional.FirstOrDefault() == "sectors" || args.Has("duty");

    public static async Task<int> RunAsync(IServiceProvider services, CliArgs args, CancellationToken ct)
    {
        try
        {
            if (args.Positional.FirstOrDefault() == "sectors")
            {
                return await SectorsAsync(services.GetRequiredService<SectorService>(), args.Positional.ElementAtOrDefault(1), ct);
            }
            var stage = DutyStages.Named(args.Require("duty")) ?? throw new CliUsageException("--duty must be zonal, sector, micro or micro-allot");
            var draws = services.GetRequiredService<DutyDrawService>();
            return args.Positional.FirstOrDefault() == "verify"
                ? await VerifyAsync(draws, stage, args.Get("run"), ct)
                : await RunAsync(draws, stage, args.Require("seed"), args.Has("accept"), ct);
        }
        catch (DrawRefusedException e)
        {
            Console.Error.WriteLine($"draw: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> SectorsAsync(SectorService sectors, string? verb, CancellationToken ct)
    {
        switch (verb)
        {
            case "propose":
                var count = await sectors.ProposeAsync(ct);
                var board = await sectors.GetBoardAsync(ct);
                Console.WriteLine($"Proposed {count} sectors in {board.Units.Count} units ({board.Settings.StationsPerSector} stations per sector, {board.Settings.SectorsPerZone} sectors per zone).");
                foreach (var unit in board.Units)
                {
                    foreach (var s in unit.Sectors)
                    {
                        Console.WriteLine($"  {s.Code,-14} {s.ZoneCode,-10} {s.RouteKm,7:0.00} km{(s.NoLocation ? "  NO LOCATION" : "")}  {string.Join(" ", s.Stops.Select(t => t.Number))}");
                    }
                }
                return 0;
            case "lock":
                await sectors.LockAsync(ct);
                Console.WriteLine("Sectors locked: they no longer change; officers can now be drawn.");
                return 0;
            default:
                throw new CliUsageException("draw sectors propose|lock");
        }
    }

    private static async Task<int> RunAsync(DutyDrawService draws, DutyStage stage, string seed, bool accept, CancellationToken ct)
    {
        var view = await draws.RunAsync(stage.Number, seed, ct);
        var run = view.Run;
        Console.WriteLine($"{stage.Title}: run {run.Id}, {(run.Feasible ? "feasible" : "INFEASIBLE")}");
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
            Console.WriteLine($"  Accepted: {stage.Title} is locked.");
        }
        else
        {
            Console.WriteLine("  Proposed: accept in the app, or run again with --accept.");
        }
        return 0;
    }

    private static async Task<int> VerifyAsync(DutyDrawService draws, DutyStage stage, string? runText, CancellationToken ct)
    {
        var runs = await draws.ListRunsAsync(stage.Number, ct);
        var run = runText is not null ? runs.FirstOrDefault(r => r.Id.ToString() == runText)
            : runs.FirstOrDefault(r => r.Status == DrawRunStatus.Accepted) ?? runs.FirstOrDefault();
        if (run is null)
        {
            Console.Error.WriteLine($"draw verify: no run of {stage.Title}{(runText is null ? "" : $" with id {runText}")} in the current election.");
            return 1;
        }
        var o = await draws.VerifyAsync(run.Id, ct);
        Console.WriteLine($"{stage.Title} run {run.Id} ({run.Status}), seed \"{o.Seed}\", {o.AlgorithmVersion}");
        Console.WriteLine($"  input hash   recorded {o.RecordedInputHash}");
        Console.WriteLine($"               re-run   {o.RecomputedInputHash}  {(o.InputMatches ? "MATCH" : "MISMATCH")}");
        Console.WriteLine($"  output hash  recorded {o.RecordedOutputHash}");
        Console.WriteLine($"               re-run   {o.RecomputedOutputHash}  {(o.OutputMatches ? "MATCH" : "MISMATCH")}");
        Console.WriteLine($"  stored result hashes to {o.StoredResultHash}  {(o.StoredResultMatches ? "MATCH" : "MISMATCH")}");
        foreach (var f in o.RuleFindings)
        {
            Console.WriteLine($"  rule broken [{f.Rule}] {f.Message}");
        }
        Console.WriteLine(o.Matches ? "REPRODUCED: the stored result is exactly what the seed gives." : "NOT REPRODUCED.");
        return o.Matches ? 0 : 1;
    }
}
