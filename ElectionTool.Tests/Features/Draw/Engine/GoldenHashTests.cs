using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

public class GoldenHashTests
{
    [Fact]
    public void Fixed_district_and_seed_give_the_pinned_ET_DRAW_1_output_hashes()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 2027);
        var run = DrawRun.Of(input, "4-2-6-1-3", DrawAlgorithm.V1);
        Assert.True(run.Feasible, run.Blocking);
        Assert.Equal(KnownAnswers.GoldenStageOne, run.One.OutputHash);
        Assert.Equal(KnownAnswers.GoldenStageTwo, run.Two.OutputHash);
        Assert.Equal(KnownAnswers.GoldenStageThree, run.Three.OutputHash);
    }
}
