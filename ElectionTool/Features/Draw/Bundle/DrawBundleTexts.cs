using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Resources;

namespace ElectionTool.Features.Draw.Bundle;

/// <summary>
/// The canonical texts of a stored run, written by the engine's own serializer: the input the stage hashed, its
/// output, and the output of the stage it built on. The one place that knows which people each stage's input holds.
/// </summary>
public static class DrawBundleTexts
{
    public sealed record Texts(string Input, string Output, string? PreviousOutput, IReadOnlySet<long> PeopleIds);

    /// <param name="previous">The accepted run of the stage before (stages 2 and 3).</param>
    public static Texts For(DrawRun run, DrawInput input, DrawRun? previous)
    {
        switch (run.Stage)
        {
            case 1:
                var one = DrawSnapshot.FromJson<StageOneResult>(run.ResultJson);
                return new(InputText(input, 1, null, input.Pool, run.AlgorithmVersion), DrawHashes.OutputOne(one, true).Text!, null,
                    input.Pool.Select(e => e.Id).ToHashSet());
            case 2:
                var before = DrawSnapshot.FromJson<StageOneResult>(Previous(run, previous).ResultJson);
                var drafted = before.Assignments.Select(a => a.EmployeeId).ToHashSet();
                var two = DrawSnapshot.FromJson<StageTwoResult>(run.ResultJson);
                return new(InputText(input, 2, before.OutputHash, input.Pool.Where(e => drafted.Contains(e.Id)), run.AlgorithmVersion),
                    DrawHashes.OutputTwo(two, true).Text!, DrawHashes.OutputOne(before, true).Text!, drafted);
            default:
                var parties = DrawSnapshot.FromJson<StageTwoResult>(Previous(run, previous).ResultJson);
                var three = DrawSnapshot.FromJson<StageThreeResult>(run.ResultJson);
                var seated = parties.Parties.SelectMany(p => p.Members).Select(m => m.EmployeeId)
                    .Concat(parties.ReservePersons.Select(r => r.EmployeeId)).ToHashSet();
                return new(InputText(input, 3, parties.OutputHash, [], run.AlgorithmVersion), DrawHashes.OutputThree(three, true).Text!,
                    DrawHashes.OutputTwo(parties, true).Text!, seated);
        }
    }

    /// <summary>The people a run's texts refer to by Id, for the private mapping and its commitment.</summary>
    public static IReadOnlySet<long> PeopleOf(int stage, DrawInput input, DrawRun? previous) => stage switch
    {
        1 => input.Pool.Select(e => e.Id).ToHashSet(),
        2 => DrawSnapshot.FromJson<StageOneResult>(previous!.ResultJson).Assignments.Select(a => a.EmployeeId).ToHashSet(),
        _ => DrawSnapshot.FromJson<StageTwoResult>(previous!.ResultJson) is var two
            ? two.Parties.SelectMany(p => p.Members).Select(m => m.EmployeeId).Concat(two.ReservePersons.Select(r => r.EmployeeId)).ToHashSet()
            : [],
    };

    private static string InputText(DrawInput input, int stage, string? previousHash, IEnumerable<DrawEmployee> people, string version) =>
        DrawHashes.Input(input, stage, previousHash, people, keepText: true, version).Text!;

    private static DrawRun Previous(DrawRun run, DrawRun? previous) =>
        previous ?? throw new DrawRefusedException(UiText.Format("Run {0} (stage {1}) has no stage {2} run to build on.", run.Id, run.Stage, run.Stage - 1));
}
