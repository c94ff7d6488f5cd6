namespace ElectionTool.Draw;

/// <summary>
/// The one place the algorithm versions are named. A stored run keeps the version it was drawn under and is
/// re-run (verified) under that version forever; new runs use <see cref="Version"/>.
/// </summary>
public static class DrawAlgorithm
{
    /// <summary>The first published algorithm: names and EPIC in the input text, stage 2 with random picks.</summary>
    public const string V1 = "ET-DRAW-1";

    /// <summary>Pseudonymous input text, exact seniority correction, stage 2 as specified step by step.</summary>
    public const string V2 = "ET-DRAW-2";

    /// <summary>
    /// As ET-DRAW-2, but stage 1 accepts a draw only once it has seated it in parties itself (the witness), and stage 2
    /// falls back on that very arrangement when its own search fails: stage 2 can no longer fail after stage 1.
    /// </summary>
    public const string V3 = "ET-DRAW-3";

    /// <summary>The version new runs are drawn under. Changes whenever any output for the same input and seed would change.</summary>
    public const string Version = V3;

    /// <summary>Every version this build can re-run, oldest first.</summary>
    public static readonly IReadOnlyList<string> Supported = [V1, V2, V3];

    public static bool IsSupported(string? version) => version is V1 or V2 or V3;

    /// <summary>The version to run: the one given (which must be supported), or the current one.</summary>
    public static string Resolve(string? version) => version switch
    {
        null => Version,
        V1 or V2 or V3 => version,
        _ => throw new ArgumentException($"Algorithm version '{version}' is not known to this build (known: {string.Join(", ", Supported)}).", nameof(version)),
    };

    internal static bool IsV1(string version) => version == V1;

    /// <summary>From ET-DRAW-3: stage 1 proves stage 2 can seat its draw (<see cref="StageTwoWitness"/>).</summary>
    internal static bool HasWitness(string version) => version is not (V1 or V2);
}
