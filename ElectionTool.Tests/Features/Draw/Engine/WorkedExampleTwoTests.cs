using ElectionTool.Draw;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>Keeps docs/draw-algorithm.md's second worked example (ET-DRAW-2) and its files in docs/draw-example-2/ true.</summary>
public class WorkedExampleTwoTests
{
    [Fact]
    public void The_second_example_gives_the_pinned_hashes()
    {
        var hashes = ExampleTwoFiles.Hashes().ToDictionary(h => h.Name, h => h.Value);
        Assert.Equal("0c7a321e6d48263f5d41863a5d9836e7231db385872a599c6e2e0543d7bccf4e", hashes["stage-1-input"]);
        Assert.Equal("8f18da1a9fa825929df3bfa9a980ff99c452cab698bd11b4019b5dabfc5b3c87", hashes["stage-1-key"]);
        Assert.Equal("7ef65dedb57385bea643345eb28451749261110fdf5ec8e3a0e2a4e62ef4ca84", hashes["stage-1-output"]);
        Assert.Equal("94fc79a5435144fa6761660defc5f0c5f507f7a5513253d28c4a23e86d00c4a4", hashes["stage-2-input"]);
        Assert.Equal("4c7cea76e29c2194e58bb494ff7769a8492e639355d6dc3f4e7c8fbb391776d5", hashes["stage-2-key"]);
        Assert.Equal("22076a7accda5817b8c653ccbaeb812b43ab23ccf8f3765f139394f8cb72ed7a", hashes["stage-2-output"]);
        Assert.Equal("591ec03c682b913f5150e6dfab93535c2ef2d6d3f2245683efc9c8f94c14c4e9", hashes["stage-3-input"]);
        Assert.Equal("913144285bd17415967cc83d46afa2059c083c82b567258732edd67a8e93817a", hashes["stage-3-key"]);
        Assert.Equal("20be510098ef5e7929a7eafbcef2b207a9d382705bfa1297baf01e3408769ac9", hashes["stage-3-output"]);
    }

    [Fact]
    public void Every_input_output_and_trace_file_of_the_second_example_matches_the_engine()
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "draw-example-2");
        foreach (var (name, text) in ExampleTwoFiles.All())
        {
            Assert.True(File.ReadAllText(Path.Combine(folder, name)) == text, $"docs/draw-example-2/{name} differs from what the engine traces");
        }
    }

    [Fact]
    public void The_second_example_exercises_the_office_cap_a_seniority_swap_and_a_repair()
    {
        var files = ExampleTwoFiles.All().ToDictionary(f => f.Name, f => f.Text);
        Assert.Contains(": office OF-1 has its 7", files["stage-1-trace.txt"]);
        Assert.Contains("seniority: ", files["stage-1-trace.txt"]);
        Assert.Contains("repair: ", files["stage-2-trace.txt"]);
        Assert.Contains("women pattern: ", files["stage-2-trace.txt"]);
        Assert.DoesNotContain("EXM", files["stage-1-input.txt"]);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ElectionTool.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
