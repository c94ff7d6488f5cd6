namespace ElectionTool.Draw.Counting;

/// <summary>What a step checks about the result it builds on before drawing.</summary>
internal static class CountingChecks
{
    public static DrawFinding? Previous(CountingResult previous, int expectedStep)
    {
        if (previous.Step != expectedStep || !previous.Report.Feasible)
        {
            return new DrawFinding("previous", $"Step {expectedStep + 1} builds on a feasible step {expectedStep}; this result is step {previous.Step}{(previous.Report.Feasible ? "" : ", infeasible")}.", 1, 0);
        }

        var recomputed = CountingHashes.Output(previous).Hash;
        return recomputed == previous.OutputHash
            ? null
            : new DrawFinding("previous", $"Step {expectedStep}'s recorded output hash {previous.OutputHash} does not match its result ({recomputed}).", 1, 0);
    }
}
