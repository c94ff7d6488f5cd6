using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Draw.Counting;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Draw.Stages;
using ElectionTool.Features.Duties;
using ElectionTool.Resources;

namespace ElectionTool.Features.Counting;

/// <summary>
/// A counting step plugged into the one draw path (stages 21–23): selection and roles, halls, tables. Steps 2 and 3 read
/// only the accepted step before (its input snapshot and result), so no data edit after the selection reaches them.
/// </summary>
public sealed class CountingStage(int number, int step, string title, string output, string cliName) : DrawStageDefinition<CountingInput>
{
    public override int Number => number;
    public int Step => step;
    public override string Duty => "Counting"; // English: stored as DrawRun.Duty, a code
    public override string Title => title;
    public override string Output => output;
    public override int? Previous => step == 1 ? null : number - 1;
    public override bool Drafts => step == 1;

    /// <summary>The command line's name: counting-select, counting-halls, counting-tables.</summary>
    public string CliName => cliName;

    public override async Task<object> ReadInputAsync(StageInputs inputs, int electionId, CancellationToken ct) =>
        await inputs.Counting.BuildAsync(electionId, ct);

    public override StageExecution Execute(object input, string? previousResultJson, string seed, string? version)
    {
        var i = (CountingInput)input;
        var result = step switch
        {
            1 => CountingDraw.Select(i, seed),
            2 => CountingHalls.Allot(i, Result(previousResultJson!), seed),
            _ => CountingTables.Allot(i, Result(previousResultJson!), seed),
        };
        return new StageExecution(DrawSnapshot.ToJson(result), result.Report, result.InputHash, result.OutputHash);
    }

    public override string ContentHash(string resultJson) => CountingHashes.Output(Result(resultJson)).Hash;

    public override IReadOnlyList<DrawFinding> Validate(object input, string? previousResultJson, string resultJson) =>
        CountingValidator.Validate((CountingInput)input, Result(resultJson), previousResultJson is null ? null : Result(previousResultJson));

    public override IReadOnlyList<(string Label, int Count)> Counts(string resultJson)
    {
        var r = Result(resultJson);
        var roles = CountingRoles.All.Select(role => (UiText.Of($"{DutyBands.Title(role)}s"), r.Assignments.Count(a => a.Role == role)));
        return step == 3
            ? [(UiText.Of("Tables staffed"), r.Assignments.Where(a => !a.IsReserve).Select(a => (a.HallCode, a.Table)).Distinct().Count()), (UiText.Of("Reserve"), r.Assignments.Count(a => a.IsReserve)), (UiText.Of("Drafted"), r.Assignments.Count)]
            : [.. roles, (UiText.Of("Halls"), r.Assignments.Select(a => a.HallCode).Where(h => h is not null).Distinct().Count()), (UiText.Of("Drafted"), r.Assignments.Count)];
    }

    public override IEnumerable<long> Holders(string resultJson) => Drafts ? Result(resultJson).Assignments.Select(a => a.EmployeeId) : [];

    public override string VersionFor(DrawRun? previous) => CountingAlgorithm.Version;

    /// <summary>Polling-party staff do not block counting while the election lets them count.</summary>
    public override async Task<IReadOnlySet<long>> BlockingHoldersAsync(ElectionDbContext db, int electionId, CancellationToken ct)
    {
        var settings = await CountingSettingsService.ForAsync(db, electionId, ct);
        return (await DutyLedgerStore.HoldingsAsync(db, electionId, ct)).Where(h => CountingInputBuilder.Blocks(h, settings)).Select(h => h.EmployeeId).ToHashSet();
    }

    public static CountingResult Result(string json) => DrawSnapshot.FromJson<CountingResult>(json);
}

public static class CountingStages
{
    // English: titles and outputs are resource keys, translated where shown (UiText.Of(DrawStages.Title(…)))
    public static readonly CountingStage Selection = new(CountingStageNumbers.Selection, 1, "Counting: selection and roles", "Counting orders (no hall or table) and training lists", "counting-select");
    // English: resource keys, translated where shown
    public static readonly CountingStage Halls = new(CountingStageNumbers.Halls, 2, "Counting: allotment to halls", "Hall-wise lists and orders with the hall", "counting-halls");
    // English: resource keys, translated where shown
    public static readonly CountingStage Tables = new(CountingStageNumbers.Tables, 3, "Counting: allotment to tables", "Table allotment sheet and reserve list", "counting-tables");

    public static readonly IReadOnlyList<CountingStage> All = [Selection, Halls, Tables];

    public static CountingStage? Find(int number) => All.FirstOrDefault(s => s.Number == number);

    public static CountingStage? Named(string name) => All.FirstOrDefault(s => s.CliName == name.ToLowerInvariant());
}
