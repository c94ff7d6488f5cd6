using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.Draw;

/// <summary>A harness with a district in it, and a one-liner to run and accept stages.</summary>
public static class DrawTestSupport
{
    public static async Task<DrawDistrict> DistrictAsync(this ServiceHarness h, DrawDistrictBuilder? builder = null)
    {
        await using var db = h.Db();
        return await (builder ?? new DrawDistrictBuilder()).BuildAsync(db);
    }

    public static async Task<DrawRunSummary> AcceptStageAsync(this DrawService draws, int stage, string seed = "")
    {
        var view = await draws.RunStageAsync(stage, seed.Length > 0 ? seed : $"6 2 5 1 4 {stage}", default);
        Assert.True(view.Run.Feasible, string.Join("; ", view.Report.Findings.Where(f => f.Blocking).Select(f => f.Message)));
        return await draws.AcceptAsync(view.Run.Id, default);
    }

    public static async Task AcceptAllAsync(this DrawService draws)
    {
        foreach (var stage in DrawStages.All)
        {
            await draws.AcceptStageAsync(stage);
        }
    }

    public static DrawRunStatus Status(this IEnumerable<DrawRunSummary> runs, long id) => runs.Single(r => r.Id == id).Status;
}
