using System.Diagnostics;
using ElectionTool.Draw;

/// <summary>What every bench measures beside the draw: CPU time, and plain shuffles of the same pool.</summary>
internal static class Baselines
{
    /// <summary>
    /// Runs <paramref name="draw"/> often enough for the tiered JIT to finish optimizing every method it calls (as in the
    /// long-running app), then waits for the JIT's background thread, so no timed run pays for compiling.
    /// </summary>
    public static void WarmUp(Action draw)
    {
        for (var i = 0; i < 40; i++)
        {
            draw();
        }

        Thread.Sleep(1000);
        draw();
        Thread.Sleep(500);
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
