using ElectionTool.Draw;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Draw;

namespace ElectionTool.Features.Duties;

/// <summary>What a duty stage will draw, shown before the seed is entered: posts, reserve, and who in the pool may fill them.</summary>
public sealed record DutyPreview(int Posts, int Reserve, int Eligible, string Band, string? Blocker)
{
    public bool Short => Blocker is null && Eligible < Posts + Reserve;
}

public sealed class DutyPreviews(DutyInputBuilder inputs)
{
    public async Task<DutyPreview> ForAsync(DutyStage stage, int electionId, CancellationToken ct)
    {
        if (stage.Previous is not null)
        {
            return new DutyPreview(0, 0, 0, "", null);
        }
        try
        {
            var input = await inputs.BuildAsync(electionId, stage.Kind, ct);
            var units = input.Posts.Select(p => p.UnitCode).Distinct(StringComparer.Ordinal).ToList();
            var eligible = input.Pool.Count(p => Eligibility.Exclusion(p.Employee, input.Settings, units) is null && DutyBands.InBand(p, input.Kind, input.Rules));
            return new DutyPreview(input.Posts.Count, input.ReserveCount, eligible, DutyBands.Describe(input.Kind, input.Rules), null);
        }
        catch (DrawRefusedException e)
        {
            return new DutyPreview(0, 0, 0, "", e.Message);
        }
    }
}
