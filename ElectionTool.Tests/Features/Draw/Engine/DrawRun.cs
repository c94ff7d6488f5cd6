using ElectionTool.Draw;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>All three stages of one draw, each seed derived from one test seed.</summary>
public sealed record DrawRun(StageOneResult One, StageTwoResult Two, StageThreeResult Three)
{
    /// <summary>All three stages under <paramref name="version"/> (default: the current algorithm).</summary>
    public static DrawRun Of(DrawInput input, string seed, string? version = null)
    {
        var one = DrawStageOne.Run(input, seed + "-1", version);
        var two = DrawStageTwo.Run(input, one, seed + "-2");
        var three = DrawStageThree.Run(input, two, seed + "-3");
        return new DrawRun(one, two, three);
    }

    public bool Feasible => One.Report.Feasible && Two.Report.Feasible && Three.Report.Feasible;

    public List<DrawFinding> Violations(DrawInput input) =>
    [
        .. DrawValidator.Validate(input, One),
        .. DrawValidator.Validate(input, One, Two),
        .. DrawValidator.Validate(input, Two, Three),
    ];

    public string Blocking => string.Join("; ", new[] { One.Report, Two.Report, Three.Report }
        .SelectMany(r => r.Findings).Where(f => f.Blocking).Select(f => f.Message));
}
