using ElectionTool.Features.Draw;
using ElectionTool.Features.Draw.Bundle;

namespace ElectionTool.Cli;

/// <summary>
/// `draw bundle --stage N [--run ID] --out FILE` writes a run's audit bundle; `draw verify --bundle FILE` re-runs a
/// stage from a bundle alone. The latter runs before the app is built, so it opens no database at all.
/// </summary>
public static class DrawBundleCommand
{
    public static bool IsOfflineVerify(string[] args) =>
        args.Length > 1 && args[0] == "draw" && args[1] == "verify" && args.Contains("--bundle");

    public static int VerifyOffline(string[] args)
    {
        var options = new CliArgs(args.Skip(1));
        var path = options.Get("bundle");
        if (string.IsNullOrWhiteSpace(path))
        {
            Console.Error.WriteLine("draw verify: --bundle needs the path of a bundle zip.");
            return 2;
        }

        DrawBundle bundle;
        try
        {
            using var file = File.OpenRead(path);
            bundle = DrawBundle.FromZip(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"draw verify: {path}: {e.Message}");
            return 1;
        }

        var verdict = DrawBundleVerifier.Verify(bundle);
        Console.WriteLine($"Bundle {Path.GetFileName(path)}: stage {bundle.Stage} ({DrawStages.Title(bundle.Stage)}), run {bundle.RunId}, {bundle.AlgorithmVersion}, seed \"{bundle.Seed}\"");
        foreach (var c in verdict.Checks)
        {
            Console.WriteLine($"  {(c.Passed ? "ok  " : "FAIL")} {c.Part,-9} {c.Message}");
        }

        Console.WriteLine(verdict.Reproduced
            ? "REPRODUCED: the bundle's output is exactly what its input and seed give."
            : $"NOT REPRODUCED: {string.Join(", ", verdict.FailedParts)} differ.");
        return verdict.Reproduced ? 0 : 1;
    }

    public static async Task<int> WriteAsync(IServiceProvider services, int stage, CliArgs args, CancellationToken ct)
    {
        var output = args.Require("out");
        long? runId = args.Get("run") is { } text ? long.TryParse(text, out var id) ? id : throw new CliUsageException($"--run must be a run number, not '{text}'") : null;
        var bundles = services.GetRequiredService<DrawBundleService>();
        var run = await bundles.FindRunAsync(stage, runId, ct);
        if (run is null)
        {
            Console.Error.WriteLine($"draw bundle: no run of stage {stage}{(runId is null ? "" : $" with id {runId}")} in the current election.");
            return 1;
        }

        var bundle = await bundles.BuildAsync(run.Value, ct);
        await File.WriteAllBytesAsync(output, bundle.ToZip(), ct);
        Console.WriteLine($"Wrote {output}: stage {stage} run {run}, input {bundle.InputHash}, output {bundle.OutputHash}, people commitment {bundle.PeopleCommitment}.");
        if (bundle.HoldsPersonalData)
        {
            Console.WriteLine($"  Note: {bundle.AlgorithmVersion} input carries names and EPIC numbers; do not publish this bundle.");
        }
        return 0;
    }
}
