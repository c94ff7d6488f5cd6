namespace ElectionTool.Features.Counting;

/// <summary>The counting steps' numbers in the DrawRuns table (beside polling 1–3 and the duty draws 11–19).</summary>
public static class CountingStageNumbers
{
    public const int Selection = 21;
    public const int Halls = 22;
    public const int Tables = 23;
}
