using ElectionTool.Draw;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>One worked example: its input, the three seeds and the algorithm version it is drawn under.</summary>
public sealed record WorkedExample(DrawInput Input, string SeedOne, string SeedTwo, string SeedThree, string Version)
{
    public static WorkedExample Two => new(ExampleTwo.Build(), ExampleTwo.SeedOne, ExampleTwo.SeedTwo, ExampleTwo.SeedThree, DrawAlgorithm.V2);
}

/// <summary>The texts of docs/draw-example-N/: inputs, outputs and traces of the three stages, rebuilt from the engine.</summary>
public static class ExampleTwoFiles
{
    public static IEnumerable<(string Name, string Text)> All() => All(WorkedExample.Two);

    public static IEnumerable<(string Name, string Value)> Hashes() => Hashes(WorkedExample.Two);

    public static IEnumerable<(string Name, string Text)> All(WorkedExample example)
    {
        var input = example.Input;
        var (one, trace1) = DrawTrace.Capture(() => DrawStageOne.Run(input, example.SeedOne, example.Version));
        var (two, trace2) = DrawTrace.Capture(() => DrawStageTwo.Run(input, one, example.SeedTwo));
        var (three, trace3) = DrawTrace.Capture(() => DrawStageThree.Run(input, two, example.SeedThree));
        var drafted = one.Assignments.Select(a => input.Pool.First(e => e.Id == a.EmployeeId)).ToList();
        yield return ("stage-1-input.txt", DrawHashes.Input(input, 1, null, input.Pool, keepText: true, example.Version).Text!);
        yield return ("stage-1-output.txt", DrawHashes.OutputOne(one, keepText: true).Text!);
        yield return ("stage-1-trace.txt", Trace(trace1));
        yield return ("stage-2-input.txt", DrawHashes.Input(input, 2, one.OutputHash, drafted, keepText: true, example.Version).Text!);
        yield return ("stage-2-output.txt", DrawHashes.OutputTwo(two, keepText: true).Text!);
        yield return ("stage-2-trace.txt", Trace(trace2));
        yield return ("stage-3-input.txt", DrawHashes.Input(input, 3, two.OutputHash, [], keepText: true, example.Version).Text!);
        yield return ("stage-3-output.txt", DrawHashes.OutputThree(three, keepText: true).Text!);
        yield return ("stage-3-trace.txt", Trace(trace3));
        yield return ("hashes.txt", string.Concat(Hashes(example).Select(h => $"{h.Name} {h.Value}\n")));
    }

    public static IEnumerable<(string Name, string Value)> Hashes(WorkedExample example)
    {
        var input = example.Input;
        var one = DrawStageOne.Run(input, example.SeedOne, example.Version);
        var two = DrawStageTwo.Run(input, one, example.SeedTwo);
        var three = DrawStageThree.Run(input, two, example.SeedThree);
        yield return ("stage-1-input", one.InputHash);
        yield return ("stage-1-key", Convert.ToHexStringLower(DrawRandom.DeriveKey(input.ElectionId, 1, one.Seed, one.InputHash, example.Version)));
        yield return ("stage-1-output", one.OutputHash);
        if (example.Version == DrawAlgorithm.V3)
        {
            yield return ("witness-key", Convert.ToHexStringLower(DrawRandom.KeyOf(["ElectionTool.Draw.Witness", example.Version, input.ElectionId, one.Seed, one.InputHash])));
        }

        yield return ("stage-2-input", two.InputHash);
        yield return ("stage-2-key", Convert.ToHexStringLower(DrawRandom.DeriveKey(input.ElectionId, 2, two.Seed, two.InputHash, example.Version)));
        yield return ("stage-2-output", two.OutputHash);
        yield return ("stage-3-input", three.InputHash);
        yield return ("stage-3-key", Convert.ToHexStringLower(DrawRandom.DeriveKey(input.ElectionId, 3, three.Seed, three.InputHash, example.Version)));
        yield return ("stage-3-output", three.OutputHash);
    }

    /// <summary>
    /// The trace as text, each run of consecutive bounded draws folded onto one line
    /// ("  NextInt: 11→6 10→4 9→1", i.e. NextInt(11) = 6, NextInt(10) = 4, …) so a shuffle reads as one step.
    /// </summary>
    private static string Trace(IReadOnlyList<string> lines)
    {
        var text = new System.Text.StringBuilder();
        var draws = new List<string>();
        void Flush()
        {
            if (draws.Count > 0)
            {
                text.Append("  NextInt: ").AppendJoin(' ', draws).Append('\n');
                draws.Clear();
            }
        }
        foreach (var line in lines)
        {
            var draw = System.Text.RegularExpressions.Regex.Match(line, @"^  NextInt\((\d+)\) = (\d+)$");
            if (draw.Success)
            {
                draws.Add($"{draw.Groups[1].Value}→{draw.Groups[2].Value}");
                continue;
            }

            Flush();
            text.Append(line).Append('\n');
        }
        Flush();
        return text.ToString();
    }
}
