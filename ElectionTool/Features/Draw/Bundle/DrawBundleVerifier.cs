using ElectionTool.Draw;
using ElectionTool.Resources;

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
            checks.Add(new("output", false, UiText.Format("output.txt cannot be read: {0}", e.Message)));
        }

        Check("version", DrawAlgorithm.IsSupported(b.AlgorithmVersion),
            UiText.Format("Drawn under {0}, which this app can re-run.", b.AlgorithmVersion),
            UiText.Format("The bundle was drawn under {0}; this app re-runs only {1}.", b.AlgorithmVersion, string.Join(", ", DrawAlgorithm.Supported)));

        var inputSha = CanonicalReader.Sha256(b.InputText);
        Check("input", inputSha == b.InputHash, UiText.Format("input.txt hashes to the recorded input hash {0}.", b.InputHash),
            UiText.Format("input.txt hashes to {0}, but the run recorded {1}: the input text was changed.", inputSha, b.InputHash));
        var outputSha = CanonicalReader.Sha256(b.OutputText);
        Check("output", outputSha == b.OutputHash, UiText.Format("output.txt hashes to the recorded output hash {0}.", b.OutputHash),
            UiText.Format("output.txt hashes to {0}, but the run recorded {1}: the output text was changed.", outputSha, b.OutputHash));
        if (outHeader is not null)
        {
            Check("input", outHeader.Input == b.InputHash, UiText.Of("output.txt names the same input hash."),
                UiText.Format("output.txt names input hash {0}, but the run recorded {1}.", outHeader.Input, b.InputHash));
            Check("seed", outHeader.Seed == b.Seed, UiText.Format("seed.txt (\"{0}\") is the seed output.txt was drawn with.", b.Seed),
                UiText.Format("seed.txt says \"{0}\", but output.txt was drawn with \"{1}\": the seed was changed.", b.Seed, outHeader.Seed));
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
            checks.Add(new("input", false, UiText.Format("input.txt cannot be read: {0}", e.Message)));
            return;
        }

        if (header.Stage != b.Stage || header.Version != b.AlgorithmVersion)
        {
            checks.Add(new("input", false, UiText.Format("input.txt is for stage {0} under {1}; the bundle says stage {2} under {3}.", header.Stage, header.Version, b.Stage, b.AlgorithmVersion)));
        }

        if (b.Stage > 1)
        {
            var previousSha = b.PreviousOutputText is null ? null : CanonicalReader.Sha256(b.PreviousOutputText);
            var ok = previousSha is not null && previousSha == header.PreviousOutputHash;
            checks.Add(new("previous", ok, ok ? UiText.Format("previous-output.txt is the stage {0} output input.txt builds on.", b.Stage - 1)
                : previousSha is null ? UiText.Of("The bundle has no previous-output.txt.")
                : UiText.Format("previous-output.txt hashes to {0}, but input.txt builds on {1}: the previous output was changed.", previousSha, header.PreviousOutputHash)));
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
            checks.Add(new("previous", false, UiText.Format("previous-output.txt cannot be read: {0}", e.Message)));
            return;
        }

        checks.Add(rerun == b.OutputText
            ? new("re-run", true, UiText.Format("Re-running stage {0} from input.txt with seed.txt gives output.txt exactly (SHA-256 {1}).", b.Stage, CanonicalReader.Sha256(rerun)))
            : new("re-run", false, UiText.Format("Re-running stage {0} from input.txt with seed.txt gives a different output (SHA-256 {1}).", b.Stage, CanonicalReader.Sha256(rerun)) + " " + FirstDifference(rerun, b.OutputText)));
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
            var x = i < a.Length ? a[i] : UiText.Of("(end of text)");
            var y = i < b.Length ? b[i] : UiText.Of("(end of text)");
            if (x != y)
            {
                return UiText.Format("First difference at line {0}: re-run '{1}', output.txt '{2}'.", i + 1, Clip(x), Clip(y));
            }
        }
        return "";
    }

    private static string Clip(string s) => s.Length <= 120 ? s : s[..120] + "…";
}
