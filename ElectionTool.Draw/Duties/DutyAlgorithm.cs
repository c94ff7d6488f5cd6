using System.Globalization;

namespace ElectionTool.Draw.Duties;

/// <summary>The duty draws' version and key. Versioned apart from the polling stages so either can change alone.</summary>
public static class DutyAlgorithm
{
    /// <summary>Changes whenever any duty output for the same input and seed would change.</summary>
    public const string Version = "ET-DUTY-1";

    /// <summary>The same generator as the polling stages (<see cref="DrawRandom"/>), keyed by SHA-256 over length-prefixed UTF-8 fields.</summary>
    public static DrawRandom Random(string electionId, DutyKind kind, int step, string seed, string inputHash) =>
        new(Key(electionId, kind, step, seed, inputHash));

    public static byte[] Key(string electionId, DutyKind kind, int step, string seed, string inputHash)
    {
        string[] fields = ["ElectionTool.Duty.Key", Version, electionId, kind.ToString(), step.ToString(CultureInfo.InvariantCulture), seed, inputHash];
        return DrawRandom.KeyOf(fields);
    }
}
