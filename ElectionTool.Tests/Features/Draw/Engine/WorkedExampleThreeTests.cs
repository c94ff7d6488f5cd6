using ElectionTool.Draw;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>
/// Keeps docs/draw-algorithm.md's third worked example (ET-DRAW-3, §A.15) and its files in docs/draw-example-3/ true:
/// the people of example 2 under ET-DRAW-3, where stage 1 seats its draw (the witness) before accepting it.
/// </summary>
public class WorkedExampleThreeTests
{
    public const string SeedOne = "7-1-1";
    public const string SeedTwo = "2-1-1";
    public const string SeedThree = "5-8-9-7-9";

    public static WorkedExample Example => new(ExampleTwo.Build() with { ElectionId = "EXAMPLE-3" }, SeedOne, SeedTwo, SeedThree, DrawAlgorithm.V3);

    private static string Folder => Path.Combine(WorkedExampleTwoTests.RepositoryRoot(), "docs", "draw-example-3");

    [Fact]
    public void The_third_example_gives_the_pinned_hashes()
    {
        var hashes = ExampleTwoFiles.Hashes(Example).ToDictionary(h => h.Name, h => h.Value);
        Assert.Equal("c20f5d37920b177603a9e28963bf176c42372cebbc14dba8a9630cb5d3121638", hashes["stage-1-input"]);
        Assert.Equal("0270cb68e45d04acb92d40aa91af7127d37e9dc32c76520f8f3d66f09a36b667", hashes["stage-1-key"]);
        Assert.Equal("1b1dc7c655c8532159f1cb99541df8f20e423bfae7c049d1af2bf7930f758f86", hashes["stage-1-output"]);
        Assert.Equal("700f48606b70269b216f01cb7277e635443d4ad48ea7e8cf8a57569abb918e13", hashes["stage-2-input"]);
        Assert.Equal("bcc022f8b09f4a918c23c50ec3c3a62b9450c872273f2c433826c95a31cb233b", hashes["stage-2-key"]);
        Assert.Equal("8b7edae8224f4fecc40e6e2ddbe14a0762846b1f384923f7cc55b05c81048492", hashes["stage-2-output"]);
        Assert.Equal("dd1c86115e585e2ba055cc83529a46396cf02ee03ad417901f619afd7b9cedac", hashes["stage-3-input"]);
        Assert.Equal("d55f910b89477b1b7a988bbcba6df96ed37ca9e2580fe35df9a49b5817e26969", hashes["stage-3-key"]);
        Assert.Equal("4a0bda52d0a15539f8cc19bdfdf2beff15d6db87c2d46b06150a496fef17aafa", hashes["stage-3-output"]);
        Assert.Equal("7be6136ae6f4a46459f5a9df42f215a3f661cc5c082f18fa94bc2e6d77d7271c", hashes["witness-key"]);
    }

    [Fact]
    public void Every_input_output_and_trace_file_of_the_third_example_matches_the_engine()
    {
        foreach (var (name, text) in ExampleTwoFiles.All(Example))
        {
            Assert.True(File.ReadAllText(Path.Combine(Folder, name)) == text, $"docs/draw-example-3/{name} differs from what the engine traces");
        }
    }

    [Fact]
    public void Stage_one_seats_its_draw_before_accepting_it_and_stage_two_falls_back_on_that_arrangement()
    {
        var files = ExampleTwoFiles.All(Example).ToDictionary(f => f.Name, f => f.Text);
        static int Count(string text, string start) => text.Split('\n').Count(l => l.StartsWith(start, StringComparison.Ordinal));
        var one = files["stage-1-trace.txt"];
        Assert.Contains("has its", one);
        Assert.Equal(1, Count(one, "seniority: "));
        Assert.Equal(1, Count(one, "attempt 1: rejected, Polling Officers 4: 2 seats, only 1 can be filled"));
        Assert.Equal(1, Count(one, "attempt 2: rejected, "));
        Assert.Equal(1, Count(one, "witness: every party seated in attempt 3"));
        Assert.Equal(1, Count(one, "attempt 3: accepted"));
        var two = files["stage-2-trace.txt"];
        // PLACE notes "attempt N" each time it starts: 16 attempts of stage 2's own, then 3 of the witness.
        Assert.Equal(16 + 3, Count(two, "attempt "));
        Assert.Equal(1, Count(two, "witness: every party seated in attempt 3"));
        Assert.Equal(1, Count(two, "mix: "));
        Assert.StartsWith("ElectionTool.Draw.Input|ET-DRAW-3|1\n", files["stage-1-input.txt"]);
        var input = Example.Input;
        var stageOne = DrawStageOne.Run(input, SeedOne);
        var stageTwo = DrawStageTwo.Run(input, stageOne, SeedTwo);
        Assert.Contains(stageTwo.Report.Findings, f => f.Message == DrawStageTwo.WitnessUsed && !f.Blocking);
        Assert.Empty(DrawValidator.Validate(input, stageOne, stageTwo));
    }

    /// <summary>Rewrites docs/draw-example-3/ from the engine when DRAW_EXAMPLE_WRITE=1 (after a deliberate, versioned change).</summary>
    [Fact]
    public void Example_files_are_rewritten_only_when_asked()
    {
        if (Environment.GetEnvironmentVariable("DRAW_EXAMPLE_WRITE") != "1")
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        foreach (var (name, text) in ExampleTwoFiles.All(Example))
        {
            File.WriteAllText(Path.Combine(Folder, name), text, new System.Text.UTF8Encoding(false));
        }
    }
}
