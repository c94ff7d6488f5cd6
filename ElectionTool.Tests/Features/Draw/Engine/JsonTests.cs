using System.Text.Json;
using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

public class JsonTests
{
    [Fact]
    public void Input_and_results_survive_a_json_round_trip_and_still_verify()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 21);
        var run = DrawRun.Of(input, "j");
        var inputBack = JsonSerializer.Deserialize<DrawInput>(JsonSerializer.Serialize(input))!;
        var one = JsonSerializer.Deserialize<StageOneResult>(JsonSerializer.Serialize(run.One))!;
        var two = JsonSerializer.Deserialize<StageTwoResult>(JsonSerializer.Serialize(run.Two))!;
        var three = JsonSerializer.Deserialize<StageThreeResult>(JsonSerializer.Serialize(run.Three))!;
        Assert.Equal(DrawHashes.StageOneInput(input), DrawHashes.StageOneInput(inputBack));
        Assert.Empty(new DrawRun(one, two, three).Violations(inputBack));
        Assert.Equal(run.Three.OutputHash, DrawStageThree.Run(inputBack, two, "j-3").OutputHash);
    }
}
