using System.Globalization;

namespace ElectionTool.Draw.Counting;

/// <summary>The counting draw's version and key. Versioned apart from the polling and duty draws so each can change alone.</summary>
public static class CountingAlgorithm
{
    /// <summary>Changes whenever any counting output for the same input and seed would change.</summary>
    public const string Version = "ET-COUNT-1";

    /// <summary>Step 1 redraws (same stream) when the selection cannot be seated in the halls' units; step 3 retries a hall.</summary>
    public const int Attempts = 16;

    /// <summary>The same generator as every draw (<see cref="DrawRandom"/>), keyed by SHA-256 over length-prefixed UTF-8 fields.</summary>
    public static DrawRandom Random(string electionId, int step, string seed, string inputHash) =>
        new(DrawRandom.KeyOf(["ElectionTool.Counting.Key", Version, electionId, step.ToString(CultureInfo.InvariantCulture), seed, inputHash]));
}
