using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Draw.Stages;
using ElectionTool.Resources;

namespace ElectionTool.Features.Duties;

/// <summary>
/// One stage of a duty draw, plugged into the one draw path. Stage numbers sit apart from the polling stages (1–3) in
/// the same DrawRuns table: 11–19 the field officers and micro-observers; counting staff will take 21–29.
/// Step 1 selects (and for officers allots posts); step 2 allots micro-observers to critical stations.
/// </summary>
public sealed class DutyStage(int number, DutyKind kind, int step, string title, string output, int? previous, string cliName) : DrawStageDefinition<DutyInput>
{
    public override int Number => number;
    public DutyKind Kind => kind;
    public int Step => step;
    public override string Duty => kind.ToString();
    public override string Title => title;
    public override string Output => output;
    public override int? Previous => previous;
    public override bool Drafts => step == 1;

    /// <summary>The command line's name: zonal, sector, micro, micro-allot.</summary>
    public string CliName => cliName;

    public override async Task<object> ReadInputAsync(StageInputs inputs, int electionId, CancellationToken ct) =>
        await inputs.Duties.BuildAsync(electionId, kind, ct);

    public override StageExecution Execute(object input, string? previousResultJson, string seed, string? version)
    {
        var result = step == 1 ? DutyDraw.Select((DutyInput)input, seed) : DutyDraw.Allot((DutyInput)input, DrawSnapshot.FromJson<DutyResult>(previousResultJson!), seed);
        return new StageExecution(DrawSnapshot.ToJson(result), result.Report, result.InputHash, result.OutputHash);
    }

    public override string ContentHash(string resultJson) => DutyHashes.Output(DrawSnapshot.FromJson<DutyResult>(resultJson)).Hash;

    public override IReadOnlyList<DrawFinding> Validate(object input, string? previousResultJson, string resultJson) =>
        DutyValidator.Validate((DutyInput)input, DrawSnapshot.FromJson<DutyResult>(resultJson));

    public override IReadOnlyList<(string Label, int Count)> Counts(string resultJson)
    {
        var result = DrawSnapshot.FromJson<DutyResult>(resultJson);
        return [(UiText.Of("Posts filled"), result.Assignments.Count(a => a.PostCode is not null)), (UiText.Of("Reserve"), result.Assignments.Count(a => a.IsReserve)), (UiText.Of("Drafted"), result.Assignments.Count)];
    }

    public override IEnumerable<long> Holders(string resultJson) =>
        Drafts ? DutyLedger.Holders(DrawSnapshot.FromJson<DutyResult>(resultJson)) : [];

    public override string VersionFor(DrawRun? previous) => DutyAlgorithm.Version;
}

public static class DutyStages
{
    // English: title and output are resource keys, translated where shown
    public static readonly DutyStage Zonal = new(11, DutyKind.ZonalOfficer, 1, "Zonal officers", "Zonal officer orders and magistrate list", null, "zonal");
    // English: title and output are resource keys, translated where shown
    public static readonly DutyStage Sector = new(12, DutyKind.SectorOfficer, 1, "Sector officers", "Sector list with routes, orders and magistrate list", null, "sector");
    // English: title and output are resource keys, translated where shown
    public static readonly DutyStage MicroSelection = new(13, DutyKind.MicroObserver, 1, "Micro-observers: selection", "Micro-observer orders (no station)", null, "micro");
    // English: title and output are resource keys, translated where shown
    public static readonly DutyStage MicroAllotment = new(14, DutyKind.MicroObserver, 2, "Micro-observers: allotment to critical stations", "Sealed micro-observer station sheet", 13, "micro-allot");

    public static readonly IReadOnlyList<DutyStage> All = [Zonal, Sector, MicroSelection, MicroAllotment];

    public static DutyStage? Find(int number) => All.FirstOrDefault(s => s.Number == number);

    public static DutyStage? Named(string name) => All.FirstOrDefault(s => s.CliName == name.ToLowerInvariant());

    /// <summary>The stage whose accepted result says who holds each post of a duty now (the allotment for micro-observers).</summary>
    public static DutyStage Posting(DutyKind kind) => kind switch
    {
        DutyKind.ZonalOfficer => Zonal,
        DutyKind.SectorOfficer => Sector,
        _ => MicroAllotment,
    };
}
