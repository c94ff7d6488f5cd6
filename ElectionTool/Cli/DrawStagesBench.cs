using System.Diagnostics;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Draw;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Cli;

/// <summary>
/// The three polling-party draw stages on a bench database, as the app's draw service runs them: the input read by
/// <see cref="DrawInputBuilder"/>, then <see cref="DrawStore.Execute"/> for stage 1, 2 and 3, each on the one before.
/// </summary>
internal static class DrawStagesBench
{
    /// <param name="units">Keep one district: these units, their stations and the staff of offices in them (null: everything read).</param>
    public static async Task<bool> MeasureAsync(string label, IDbContextFactory<ElectionDbContext> factory, IReadOnlySet<string>? units, CancellationToken ct)
    {
        int electionId;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            electionId = (await DrawStore.CurrentElectionAsync(db, ct)).Id;
            // A draw follows finalization: the synthetic districts finalize one office in three, too few for a draw.
            var offices = db.Offices.Where(o => o.ListState != StaffListState.Finalized);
            if (units is not null)
            {
                var codes = units.ToList();
                offices = offices.Where(o => codes.Contains(o.ConstituencyUnit!.Code));
            }
            var finalized = await offices.ExecuteUpdateAsync(o => o.SetProperty(x => x.ListState, StaffListState.Finalized), ct);
            Console.WriteLine($"{label}: {finalized:N0} offices finalized for the draw");
        }
        var (wall, cpu) = (Stopwatch.StartNew(), Cpu());
        var input = await new DrawInputBuilder(factory).BuildAsync(electionId, ct);
        var read = input.Pool.Count;
        if (units is not null)
        {
            input = input with
            {
                Units = input.Units.Where(u => units.Contains(u.Code)).ToList(),
                Stations = input.Stations.Where(s => units.Contains(s.UnitCode)).ToList(),
                Pool = input.Pool.Where(p => p.OfficeUnit is { } unit && units.Contains(unit)).ToList(),
            };
        }
        Console.WriteLine($"{label}: draw input read as the draw service does ({read:N0} finalized staff read; {input.Pool.Count:N0} people, " +
            $"{input.Units.Count} units, {input.Stations.Count:N0} stations drawn): {wall.ElapsedMilliseconds:N0} ms (CPU {(Cpu() - cpu).TotalMilliseconds:N0} ms)");

        // Twice: the first run compiles the engine (a server has done that long before), the second is the figure.
        for (var run = 1; run <= 2; run++)
        {
            string? previous = null;
            var (totalWall, totalCpu) = (0.0, 0.0);
            var parts = new List<string>();
            foreach (var (stage, seed) in new[] { (1, "493817"), (2, "250611"), (3, "771204") })
            {
                (wall, cpu) = (Stopwatch.StartNew(), Cpu());
                var (json, report, _) = DrawStore.Execute(stage, input, previous, seed);
                var (ms, cpuMs) = (wall.Elapsed.TotalMilliseconds, (Cpu() - cpu).TotalMilliseconds);
                (totalWall, totalCpu) = (totalWall + ms, totalCpu + cpuMs);
                parts.Add($"stage {stage} {ms:N0} ms (CPU {cpuMs:N0})");
                if (!report.Feasible)
                {
                    Console.WriteLine($"  stage {stage} infeasible: {string.Join("; ", report.Findings.Where(f => f.Blocking).Take(3).Select(f => f.Message))}");
                    return false;
                }
                previous = json;
            }
            Console.WriteLine($"{label}: the three draw stages, {(run == 1 ? "first run (JIT compiling)" : "second run")}: {totalWall:N0} ms (CPU {totalCpu:N0} ms) — {string.Join(", ", parts)}");
        }
        return true;
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
