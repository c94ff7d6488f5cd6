using ElectionTool.Draw;

namespace ElectionTool.Features.Draw.Bundle;

/// <summary>One check of a bundle: the part it concerns (version, input, previous, seed, output, re-run) and what was found.</summary>
public sealed record BundleCheck(string Part, bool Passed, string Message);

public sealed record BundleVerdict(DrawBundle Bundle, IReadOnlyList<BundleCheck> Checks)
{
    public bool Reproduced => Checks.All(c => c.Passed);

    public IEnumerable<string> FailedParts => Checks.Where(c => !c.Passed).Select(c => c.Part).Distinct();
}

/// <summary>
/// Re-runs a stage from its bundle alone: reads the canonical input back into the engine, runs it with the bundle's
/// seed, and compares every hash and the output text. Touches no database.
/// </summary>
public static class DrawBundleVerifier
{
    public static BundleVerdict Verify(DrawBundle b)
    {
        var checks = new List<BundleCheck>();
        void Check(string part, bool passed, string ok, string failed) => checks.Add(new(part, passed, passed ? ok : failed));

        CanonicalReader.OutputHeader? outHeader = null;
        try
        {
            outHeader = CanonicalReader.ReadOutputHeader(b.OutputText);
        }
        catch (FormatException e)
        {
            checks.Add(new("output", false, $"output.txt cannot be read: {e.Message}"));
        }

        Check("version", DrawAlgorithm.IsSupported(b.AlgorithmVersion),
            $"Drawn under {b.AlgorithmVersion}, which this app can re-run.",
            $"The bundle was drawn under {b.AlgorithmVersion}; this app re-runs only {string.Join(", ", DrawAlgorithm.Supported)}.");

        var inputSha = CanonicalReader.Sha256(b.InputText);
        Check("input", inputSha == b.InputHash, $"input.txt hashes to the recorded input hash {b.InputHash}.",
            $"input.txt hashes to {inputSha}, but the run recorded {b.InputHash}: the input text was changed.");
        var outputSha = CanonicalReader.Sha256(b.OutputText);
        Check("output", outputSha == b.OutputHash, $"output.txt hashes to the recorded output hash {b.OutputHash}.",
            $"output.txt hashes to {outputSha}, but the run recorded {b.OutputHash}: the output text was changed.");
        if (outHeader is not null)
        {
            Check("input", outHeader.Input == b.InputHash, "output.txt names the same input hash.",
                $"output.txt names input hash {outHeader.Input}, but the run recorded {b.InputHash}.");
            Check("seed", outHeader.Seed == b.Seed, $"seed.txt (\"{b.Seed}\") is the seed output.txt was drawn with.",
                $"seed.txt says \"{b.Seed}\", but output.txt was drawn with \"{outHeader.Seed}\": the seed was changed.");
        }

        Rerun(b, checks);
        return new BundleVerdict(b, checks);
    }

    private static void Rerun(DrawBundle b, List<BundleCheck> checks)
    {
        DrawInput input;
        CanonicalReader.InputHeader header;
        try
        {
            (header, input) = CanonicalReader.ReadInput(b.InputText);
        }
        catch (FormatException e)
        {
            checks.Add(new("input", false, $"input.txt cannot be read: {e.Message}"));
            return;
        }

        if (header.Stage != b.Stage || header.Version != b.AlgorithmVersion)
        {
            checks.Add(new("input", false, $"input.txt is for stage {header.Stage} under {header.Version}; the bundle says stage {b.Stage} under {b.AlgorithmVersion}."));
        }

        if (b.Stage > 1)
        {
            var previousSha = b.PreviousOutputText is null ? null : CanonicalReader.Sha256(b.PreviousOutputText);
            var ok = previousSha is not null && previousSha == header.PreviousOutputHash;
            checks.Add(new("previous", ok, ok ? $"previous-output.txt is the stage {b.Stage - 1} output input.txt builds on."
                : previousSha is null ? "The bundle has no previous-output.txt."
                : $"previous-output.txt hashes to {previousSha}, but input.txt builds on {header.PreviousOutputHash}: the previous output was changed."));
            if (!ok)
            {
                return;
            }
        }

        string rerun;
        try
        {
            rerun = Run(b, input);
        }
        catch (FormatException e)
        {
            checks.Add(new("previous", false, $"previous-output.txt cannot be read: {e.Message}"));
            return;
        }

        checks.Add(rerun == b.OutputText
            ? new("re-run", true, $"Re-running stage {b.Stage} from input.txt with seed.txt gives output.txt exactly (SHA-256 {CanonicalReader.Sha256(rerun)}).")
            : new("re-run", false, $"Re-running stage {b.Stage} from input.txt with seed.txt gives a different output (SHA-256 {CanonicalReader.Sha256(rerun)}). {FirstDifference(rerun, b.OutputText)}"));
    }

    /// <summary>Runs the engine and returns its canonical output text.</summary>
    private static string Run(DrawBundle b, DrawInput input) => b.Stage switch
    {
        1 => DrawHashes.OutputOne(DrawStageOne.Run(input, b.Seed, b.AlgorithmVersion), true).Text!,
        2 => DrawHashes.OutputTwo(DrawStageTwo.Run(input, CanonicalReader.ReadStageOne(b.PreviousOutputText!), b.Seed, b.AlgorithmVersion), true).Text!,
        _ => DrawHashes.OutputThree(DrawStageThree.Run(input, CanonicalReader.ReadStageTwo(b.PreviousOutputText!), b.Seed, b.AlgorithmVersion), true).Text!,
    };

    private static string FirstDifference(string rerun, string recorded)
    {
        var a = rerun.Split('\n');
        var b = recorded.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "(end of text)";
            var y = i < b.Length ? b[i] : "(end of text)";
            if (x != y)
            {
                return $"First difference at line {i + 1}: re-run '{Clip(x)}', output.txt '{Clip(y)}'.";
            }
        }
        return "";
    }

    private static string Clip(string s) => s.Length <= 120 ? s : s[..120] + "…";
}
