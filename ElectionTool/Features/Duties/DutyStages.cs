using ElectionTool.Draw.Duties;

namespace ElectionTool.Features.Duties;

/// <summary>
/// One stage of a duty draw. Stage numbers sit apart from the polling stages (1–3) in the same DrawRuns table:
/// 11–19 the field officers and micro-observers; counting staff will take 21–29 with the same machinery.
/// </summary>
public sealed record DutyStage(int Number, DutyKind Kind, int Step, string Title, string Output, int? Previous)
{
    public string Duty => Kind.ToString();
}

public static class DutyStages
{
    public static readonly DutyStage Zonal = new(11, DutyKind.ZonalOfficer, 1, "Zonal officers", "Zonal officer orders and magistrate list", null);
    public static readonly DutyStage Sector = new(12, DutyKind.SectorOfficer, 1, "Sector officers", "Sector list with routes, orders and magistrate list", null);
    public static readonly DutyStage MicroSelection = new(13, DutyKind.MicroObserver, 1, "Micro-observers: selection", "Micro-observer orders (no station)", null);
    public static readonly DutyStage MicroAllotment = new(14, DutyKind.MicroObserver, 2, "Micro-observers: allotment to critical stations", "Sealed micro-observer station sheet", 13);

    public static readonly IReadOnlyList<DutyStage> All = [Zonal, Sector, MicroSelection, MicroAllotment];

    public static DutyStage? Find(int number) => All.FirstOrDefault(s => s.Number == number);

    /// <summary>The CLI's names: zonal, sector, micro, micro-allot.</summary>
    public static DutyStage? Named(string name) => name.ToLowerInvariant() switch
    {
        "zonal" => Zonal,
        "sector" => Sector,
        "micro" => MicroSelection,
        "micro-allot" => MicroAllotment,
        _ => null,
    };

    /// <summary>Stages whose result holds people: a person in one of them holds a duty.</summary>
    public static bool Drafts(DutyStage s) => s.Step == 1;
}
