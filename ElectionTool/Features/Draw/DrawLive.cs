using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>One screen of the projector presentation: a unit (or a role, in stage 1) and what the draw gave it.</summary>
public sealed record LiveSlide(string Title, string Subtitle, IReadOnlyList<LiveLine> Lines);

public sealed record LiveLine(string Key, string Text, bool Highlight);

public sealed record LiveShow(DrawRunSummary Run, IReadOnlyList<LiveSlide> Slides);

/// <summary>Builds the "live draw" presentation of a stage's latest run, from the run's own stored snapshot and result.</summary>
public sealed class DrawLiveService(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public async Task<LiveShow?> LatestAsync(int stage, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return null;
        }

        var runs = db.Set<DrawRun>().AsNoTracking().Where(r => r.ElectionId == election.Id && r.Stage == stage);
        var run = await runs.FirstOrDefaultAsync(r => r.Status == DrawRunStatus.Accepted, ct)
            ?? await runs.OrderByDescending(r => r.Id).FirstOrDefaultAsync(r => r.Status == DrawRunStatus.Proposed, ct)
            ?? await runs.OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return null;
        }

        var input = DrawSnapshot.Unpack(run.InputSnapshot);
        var people = input.Pool.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        var units = input.Units.GroupBy(u => u.Code).ToDictionary(g => g.Key, g => g.First().Name);
        var slides = !run.Feasible ? [] : stage switch
        {
            1 => StageOne(DrawSnapshot.FromJson<StageOneResult>(run.ResultJson), people),
            2 => StageTwo(DrawSnapshot.FromJson<StageTwoResult>(run.ResultJson), people, units),
            _ => StageThree(DrawSnapshot.FromJson<StageThreeResult>(run.ResultJson), input, units),
        };
        return new LiveShow(DrawStages.Summary(run), slides);
    }

    private static List<LiveSlide> StageOne(StageOneResult one, Dictionary<long, DrawEmployee> people) =>
        one.Assignments.GroupBy(a => a.Role).OrderBy(g => g.Key).Select(g =>
        {
            var drafted = g.Select(a => people[a.EmployeeId]).ToList();
            var subtitle = UiText.Format("{0:N0} drafted · {1:N0} women · from {2:N0} offices", drafted.Count, drafted.Count(Eligibility.IsWoman), drafted.Select(d => d.OfficeId).Distinct().Count());
            var lines = drafted.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => new LiveLine(d.OfficeCode, d.Name, Eligibility.IsWoman(d))).ToList();
            return new LiveSlide(UiText.Of(PartyRoles.Title(g.Key)), subtitle, lines);
        }).ToList();

    private static List<LiveSlide> StageTwo(StageTwoResult two, Dictionary<long, DrawEmployee> people, Dictionary<string, string> units) =>
        two.Parties.GroupBy(p => p.UnitCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var lines = g.OrderBy(p => p.PartyNumber).Select(p => new LiveLine(
                p.IsReserve ? UiText.Format("Reserve {0}", p.PartyNumber) : UiText.Format("Party {0}", p.PartyNumber),
                string.Join(" · ", p.Members.Select(m => people[m.EmployeeId].Name)),
                p.AllWomen)).ToList();
            var subtitle = UiText.Format("{0} parties ({1} all-women) · {2} reserve parties", g.Count(p => !p.IsReserve), g.Count(p => !p.IsReserve && p.AllWomen), g.Count(p => p.IsReserve));
            return new LiveSlide($"{g.Key} {units.GetValueOrDefault(g.Key, "")}", subtitle, lines);
        }).ToList();

    private static List<LiveSlide> StageThree(StageThreeResult three, DrawInput input, Dictionary<string, string> units)
    {
        var stations = input.Stations.ToDictionary(s => (s.UnitCode, s.Number));
        return three.Allotments.GroupBy(a => a.UnitCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            new LiveSlide($"{g.Key} {units.GetValueOrDefault(g.Key, "")}", UiText.Format("{0} stations", g.Count()),
                g.OrderBy(a => a.StationNumber).Select(a => new LiveLine(UiText.Format("Party {0}", a.PartyNumber),
                    UiText.Format("→ Station {0} {1}", a.StationNumber, stations[(a.UnitCode, a.StationNumber)].Name), stations[(a.UnitCode, a.StationNumber)].WomenManaged)).ToList())).ToList();
    }
}
