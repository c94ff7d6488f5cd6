using System.Diagnostics;
using ElectionTool.Draw;

/// <summary>What every bench measures beside the draw: CPU time, and plain shuffles of the same pool.</summary>
internal static class Baselines
{
    /// <summary>
    /// Runs <paramref name="draw"/> until the tiered JIT has finished optimizing every method it calls (as in the
    /// long-running app): at least 20 times, then until 10 runs in a row compiled no method (at most 400 runs), then waits for the JIT's background thread, so no timed run pays for compiling. A fixed 40 runs
    /// of a small district was not enough: dynamic PGO went on compiling 300 methods a round for 60 more full-size
    /// draws, about 10 ms of CPU a draw on the JIT's thread, which process CPU time counts.
    /// </summary>
    public static int WarmUp(Action draw)
    {
        var runs = 0;
        var quiet = 0;
        while (runs < 400 && (runs < 20 || quiet < 10))
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            draw();
            runs++;
            quiet = System.Runtime.JitInfo.GetCompiledMethodCount() == compiled ? quiet + 1 : 0;
        }

        Thread.Sleep(1000);
        draw();
        Thread.Sleep(500);
        return runs;
    }

    /// <summary>
    /// A full collection before the timed runs. The district a run draws was just built (some 20 MB of records and
    /// text for 60,000 people) and is still young: without this, the first timed runs' collections copied it into the
    /// old generation (10-30 ms pauses, seen in the runs' GC figures), a cost of building the bench's input, not of drawing.
    /// </summary>
    public static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>CPU time of this process while <paramref name="run"/> runs (the machine may be shared).</summary>
    public static (T Result, double Ms) Cpu<T>(Func<T> run)
    {
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        var result = run();
        return (result, (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds);
    }

    /// <summary>Fisher–Yates of the ids with the engine's own HMAC generator, then cut into groups (0: not cut).</summary>
    public static int HmacShuffle(long[] ids, string electionId, int groupSize)
    {
        using var rng = DrawRandom.ForStage(electionId, 0, "baseline", new string('0', 64));
        rng.Shuffle<long>(ids);
        return groupSize == 0 ? ids.Length : ids.Chunk(groupSize).Count();
    }

    /// <summary>The same with System.Random.</summary>
    public static int RandomShuffle(long[] ids, int groupSize)
    {
        new Random(1).Shuffle(ids);
        return ids.Chunk(groupSize).Count();
    }
}
