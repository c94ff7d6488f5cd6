using ElectionTool.Draw;
using ElectionTool.Features.Draw.Bundle;
using ElectionTool.Tests.Features.Draw.Engine;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Bundle;

/// <summary>A bundle of a run stored under any version this build supports re-runs under that version, with no database.</summary>
public class EveryVersionBundleTests
{
    [Theory]
    [InlineData("ET-DRAW-1")]
    [InlineData("ET-DRAW-2")]
    [InlineData("ET-DRAW-3")]
    public void Bundles_of_all_three_stages_reproduce_under_the_version_they_were_drawn_under(string version)
    {
        var input = ExampleTwo.Build();
        var one = DrawStageOne.Run(input, ExampleTwo.SeedOne, version);
        var two = DrawStageTwo.Run(input, one, ExampleTwo.SeedTwo);
        var three = DrawStageThree.Run(input, two, ExampleTwo.SeedThree);
        Assert.True(one.Report.Feasible && two.Report.Feasible && three.Report.Feasible);
        var drafted = input.Pool.Where(e => one.Assignments.Any(a => a.EmployeeId == e.Id)).ToList();
        var outOne = DrawHashes.OutputOne(one, true).Text!;
        var outTwo = DrawHashes.OutputTwo(two, true).Text!;
        DrawBundle Bundle(int stage, string seed, string inputText, string outputText, string? previous) => new()
        {
            Stage = stage,
            RunId = stage,
            ElectionId = input.ElectionId,
            AlgorithmVersion = version,
            Seed = seed,
            InputHash = CanonicalReader.Sha256(inputText),
            OutputHash = CanonicalReader.Sha256(outputText),
            InputText = inputText,
            OutputText = outputText,
            PreviousOutputText = previous,
            PeopleCommitment = new string('0', 64),
            HoldsPersonalData = DrawBundleService.HoldsPersonalData(version),
        };

        DrawBundle[] bundles =
        [
            Bundle(1, one.Seed, DrawHashes.Input(input, 1, null, input.Pool, true, version).Text!, outOne, null),
            Bundle(2, two.Seed, DrawHashes.Input(input, 2, one.OutputHash, drafted, true, version).Text!, outTwo, outOne),
            Bundle(3, three.Seed, DrawHashes.Input(input, 3, two.OutputHash, [], true, version).Text!, DrawHashes.OutputThree(three, true).Text!, outTwo),
        ];

        foreach (var bundle in bundles)
        {
            var verdict = DrawBundleVerifier.Verify(bundle);
            Assert.True(verdict.Reproduced, $"{version} stage {bundle.Stage}: " + string.Join("; ", verdict.Checks.Where(c => !c.Passed).Select(c => $"{c.Part}: {c.Message}")));
        }
    }
}
