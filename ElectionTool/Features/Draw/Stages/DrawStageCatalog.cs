using ElectionTool.Features.Duties;
using ElectionTool.Resources;

namespace ElectionTool.Features.Draw.Stages;

/// <summary>Every stage of every draw, by number: polling 1–3, field duties 11–14, counting 21–23.</summary>
public static class DrawStageCatalog
{
    public static readonly IReadOnlyList<DrawStageDefinition> All = [.. PollingStages.All, .. DutyStages.All, .. Counting.CountingStages.All];

    public static DrawStageDefinition? Find(int number) => All.FirstOrDefault(s => s.Number == number);

    public static DrawStageDefinition Get(int number) =>
        Find(number) ?? throw new DrawRefusedException(UiText.Format("There is no stage {0}; stages are {1}.", number, string.Join(", ", All.Select(s => s.Number))));

    /// <summary>Stages whose accepted result holds people (the one duty ledger reads these).</summary>
    public static IReadOnlyList<int> Drafting => All.Where(s => s.Drafts).Select(s => s.Number).ToList();
}
