namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>
/// Pinned outputs. A change here means every past draw would verify differently: bump
/// DrawAlgorithm.Version and say so in docs/draw-algorithm.md before updating them.
/// </summary>
public static class KnownAnswers
{
    public const string RandomFirstEightBelow1000 = "48,376,144,451,689,541,628,792";
    public const string GoldenStageOne = "c2e9bfebcdffd1aaba5daec9fcced9d769cde7d15a8e39107006dcb6c15ac33c";
    public const string GoldenStageTwo = "e411fe5be4f2af34a984c5a9b95d16fdd11af40ecabf93596947289ede49a692";
    public const string GoldenStageThree = "09967fb4617bec5ee9547f1ee40c97d77623f438c0ca94ba6b780e651413e052";
}
