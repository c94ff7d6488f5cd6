using ElectionTool.Draw;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>Keeps docs/draw-algorithm.md's first worked example (ET-DRAW-1) true.</summary>
public class WorkedExampleTests
{
    [Fact]
    public void The_first_documented_example_still_gives_its_ET_DRAW_1_hashes()
    {
        var input = TinyDistrict.WithUnits(2).Stations("AC-1", 1).Stations("AC-2", 1)
            .People(3, payLevel: 9).People(2, payLevel: 9, DrawGender.F).People(5, payLevel: 5).Build();
        var one = DrawStageOne.Run(input, "2468", DrawAlgorithm.V1);
        var two = DrawStageTwo.Run(input, one, "1357");
        var three = DrawStageThree.Run(input, two, "9090");
        Assert.Equal("335bf17913ac112d27d4c4ce0f19898fc713a1e2f5949f005e4c3830196809b7", one.InputHash);
        Assert.Equal("f337c8037b9e3fbd71a456e4ce982403d87bd6f08823a763f2efddfabe9dd3e3",
            Convert.ToHexStringLower(DrawRandom.DeriveKey("TEST", 1, "2468", one.InputHash, DrawAlgorithm.V1)));
        Assert.Equal("d0232ddc230d9fa421f566a087bbce283fe6b6b320c559af314e6311cdd66666", one.OutputHash);
        Assert.Equal("6bdec549768e5e2fd7b7f98fa78e4b695533779d678129d2beee115d2c3ae46a", two.InputHash);
        Assert.Equal("259c7d60899c9e2a4fa9f108f545391216da4d6f261a6b5ee7ccac15c493d3c5", two.OutputHash);
        Assert.Equal("ea909117aa0c7c9c94a3b258f6715f79b08109495be03c6fb8edbe1e9f5f560e", three.InputHash);
        Assert.Equal("1fbf098af0945b54e68625f2f6d6db0d8477fe8665e3956c1f7e01b4d57cc044", three.OutputHash);
        Assert.Empty(new DrawRun(one, two, three).Violations(input));
    }
}
