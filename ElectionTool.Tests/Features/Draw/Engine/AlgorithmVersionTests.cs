using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;
using ElectionTool.Features.Draw;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>ET-DRAW-3 is what new draws use; runs stored under ET-DRAW-1 and ET-DRAW-2 keep verifying under their own version.</summary>
public class AlgorithmVersionTests
{
    [Fact]
    public void New_draws_run_under_ET_DRAW_3_and_every_stage_records_it()
    {
        var run = DrawRun.Of(SyntheticDistrict.Create(new DistrictShape(), 3), "v");
        Assert.True(run.Feasible, run.Blocking);
        Assert.All(new[] { run.One.AlgorithmVersion, run.Two.AlgorithmVersion, run.Three.AlgorithmVersion }, v => Assert.Equal("ET-DRAW-3", v));
    }

    [Fact]
    public void A_stored_ET_DRAW_1_run_still_verifies_through_the_app_verifier()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 2027);
        var run = DrawRun.Of(input, "4-2-6-1-3", DrawAlgorithm.V1);
        Assert.Equal(KnownAnswers.GoldenStageTwo, run.Two.OutputHash);
        StoredRunVerifies(input, run, DrawAlgorithm.V1);
    }

    [Fact]
    public void A_stored_ET_DRAW_2_run_still_verifies_through_the_app_verifier()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 2027);
        var run = DrawRun.Of(input, "4-2-6-1-3", DrawAlgorithm.V2);
        Assert.True(run.Feasible, run.Blocking);
        Assert.Equal(DrawAlgorithm.V2, run.Three.AlgorithmVersion);
        StoredRunVerifies(input, run, DrawAlgorithm.V2);
    }

    private static void StoredRunVerifies(DrawInput input, DrawRun run, string version)
    {
        var packed = DrawSnapshot.Pack(input);
        ElectionTool.Data.Entities.DrawRun Stored(int stage, string seed, string inputHash, string outputHash, string json) => new()
        {
            Stage = stage,
            Seed = seed,
            InputHash = inputHash,
            OutputHash = outputHash,
            AlgorithmVersion = version,
            Feasible = true,
            RunBy = "admin",
            InputSnapshot = packed,
            ResultJson = json,
            ReportJson = "{}",
        };
        var one = Stored(1, run.One.Seed, run.One.InputHash, run.One.OutputHash, DrawSnapshot.ToJson(run.One));
        var two = Stored(2, run.Two.Seed, run.Two.InputHash, run.Two.OutputHash, DrawSnapshot.ToJson(run.Two));
        var three = Stored(3, run.Three.Seed, run.Three.InputHash, run.Three.OutputHash, DrawSnapshot.ToJson(run.Three));
        foreach (var (stored, previous) in new[] { (one, (ElectionTool.Data.Entities.DrawRun?)null), (two, one), (three, two) })
        {
            var outcome = DrawVerifier.Verify(stored, previous);
            Assert.True(outcome.InputMatches && outcome.OutputMatches, $"stage {stored.Stage} did not reproduce");
            Assert.Empty(outcome.RuleFindings);
        }
    }

    [Fact]
    public void A_later_stage_refuses_another_version_than_the_stage_before()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 3);
        var one = DrawStageOne.Run(input, "a", DrawAlgorithm.V1);
        var two = DrawStageTwo.Run(input, one, "b", DrawAlgorithm.V2);
        Assert.False(two.Report.Feasible);
        Assert.Contains(two.Report.Findings, f => f.Rule == DrawRules.Version);
        Assert.Equal(DrawAlgorithm.V1, DrawStageTwo.Run(input, one, "b").AlgorithmVersion);
    }

    [Fact]
    public void The_ET_DRAW_2_input_text_names_nobody()
    {
        var input = TinyDistrict.WithUnits(2).Stations("AC-1", 1).Stations("AC-2", 1).People(10, 9).Build();
        var pool = input.Pool.Select((e, i) => e with { Name = $"श्री नाम {i}", SpouseKey = i < 2 ? "ABC1234567" : null }).ToList();
        input = input with { Pool = pool };
        var text = DrawHashes.Input(input, 1, null, input.Pool, keepText: true).Text!;
        Assert.DoesNotContain("XYZ", text);
        Assert.DoesNotContain("नाम", text);
        Assert.DoesNotContain("ABC1234567", text);
        Assert.Contains("employee|2|2|O2|D|M|9|90000|0|0|0|0|2040-01-01|\\0|\\0|\\0|AC-9|1|1\n", text);
        var old = DrawHashes.Input(input, 1, null, input.Pool, keepText: true, DrawAlgorithm.V1).Text!;
        Assert.Contains("XYZ0000001", old);
    }
}
