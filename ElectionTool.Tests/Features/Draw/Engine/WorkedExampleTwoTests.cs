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
        Assert.Equal("2954d1b3d9998b871db31ea2812140544c5e5679d1531c00c7869fa3e40f3856", hashes["stage-1-input"]);
        Assert.Equal("90445262b0c426be525b524b8154a24068f5437b12673c5c820c727070620f15", hashes["stage-1-key"]);
        Assert.Equal("216f9e1d1fdd35b689b6732ee399fd599c43e3ed3e3ae343df5f91f35330247d", hashes["stage-1-output"]);
        Assert.Equal("6ee1a03183238394121211bbcd9a44a9b35188751d2faf77228ac583c66511d9", hashes["stage-2-input"]);
        Assert.Equal("b1952b4e294f01de35497bd303746920c7efadb7d7d10349b89f649815a6f3af", hashes["stage-2-key"]);
        Assert.Equal("07247ba72ee892066f23f19193a0bbc39267e7100099f6fed5c51040d16456c5", hashes["stage-2-output"]);
        Assert.Equal("4f4113324e8d83f64a0d7038892bb5d49bb6c0085b70ef8884e4124bda73f8dd", hashes["stage-3-input"]);
        Assert.Equal("bbb9081e33f35f967320da271c7aca3104a70bc2705dc0bef23666ceb28310fb", hashes["stage-3-key"]);
        Assert.Equal("5d885e9be55526258f65ea95da5dab475e95684e11d185eb87691fb94df6b7f9", hashes["stage-3-output"]);
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
    public void The_second_example_exercises_the_office_cap_exactly_one_seniority_swap_and_exactly_one_repair()
    {
        var files = ExampleTwoFiles.All().ToDictionary(f => f.Name, f => f.Text);
        static int Count(string text, string start) => text.Split('\n').Count(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.Contains("  skip 6: office OF-1 has its 7", files["stage-1-trace.txt"]);
        Assert.Equal(1, Count(files["stage-1-trace.txt"], "seniority: "));
        Assert.Equal(1, Count(files["stage-1-trace.txt"], "attempt 1: accepted"));
        Assert.Equal(1, Count(files["stage-2-trace.txt"], "repair: "));
        Assert.Equal(1, Count(files["stage-2-trace.txt"], "attempt "));
        Assert.Equal(1, Count(files["stage-2-trace.txt"], "women pattern: "));
        Assert.DoesNotContain("EXM", files["stage-1-input.txt"]);
        Assert.DoesNotContain("Person ", files["stage-1-input.txt"]);
    }

    /// <summary>Rewrites docs/draw-example-2/ from the engine when DRAW_EXAMPLE_WRITE=1 (after a deliberate, versioned change).</summary>
    [Fact]
    public void Example_files_are_rewritten_only_when_asked()
    {
        if (Environment.GetEnvironmentVariable("DRAW_EXAMPLE_WRITE") != "1")
        {
            return;
        }

        var folder = Path.Combine(RepositoryRoot(), "docs", "draw-example-2");
        foreach (var (name, text) in ExampleTwoFiles.All())
        {
            File.WriteAllText(Path.Combine(folder, name), text, new System.Text.UTF8Encoding(false));
        }
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ElectionTool.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
