using ElectionTool.Data;
using ElectionTool.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>Need against supply for a stage, computed from its input before anything is drawn.</summary>
public static class DrawPreviews
{
    /// <summary>Stage 1 reads the live pool; stages 2 and 3 the snapshot of the accepted stage before them.</summary>
    public static async Task<StagePreview> ForStageAsync(IDbContextFactory<ElectionDbContext> dbFactory, DrawInputBuilder inputs, int stage, StageState state, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        if (stage == 1)
        {
            return For(1, state, null, await inputs.BuildAsync(election.Id, ct), null);
        }
        if (await DrawStore.AcceptedAsync(db, election.Id, stage - 1, ct) is not { } previous)
        {
            var blocker = UiText.Format("Stage {0} ({1}) must be accepted first.", stage - 1, UiText.Of(DrawStages.Title(stage - 1)));
            return new StagePreview(stage, state, blocker, 0, 0, new DrawSettings { PollDate = default, PresidingMinPayLevel = 0, PollingOfficer1MinPayLevel = 0 }, [], [], []);
        }
        var one = stage == 2 ? DrawSnapshot.FromJson<StageOneResult>(previous.ResultJson) : null;
        return For(stage, state, null, DrawSnapshot.Unpack(previous.InputSnapshot), one);
    }

    public static StagePreview For(int stage, StageState state, string? blocker, DrawInput input, StageOneResult? one)
    {
        var plan = DrawPlan.For(input);
        var names = input.Units.GroupBy(u => u.Code).ToDictionary(g => g.Key, g => g.First().Name);
        var units = plan.Units.Select(u => new UnitSummary(u.UnitCode, names.GetValueOrDefault(u.UnitCode, ""), u.Stations,
            u.WomenManaged, u.WithFourth, u.ReserveParties)).ToList();
        var codes = plan.Units.Select(u => u.UnitCode).ToList();
        var eligible = input.Pool.Where(e => Eligibility.Exclusion(e, input.Settings, codes) is null).ToList();
        var roles = stage switch
        {
            1 => PartyRoles.All.Select(r => Supply(plan, r, eligible.Where(e => Eligibility.InBand(e, r, input.Settings)))).ToList(),
            2 when one is not null => Drafted(plan, input, one),
            _ => [],
        };
        var findings = plan.Findings.ToList();
        // English: "Supply" is the finding's rule name, shown through DrawFindingTexts
        findings.AddRange(roles.Where(r => r.Eligible < r.Seats).Select(r =>
            new DrawFinding("Supply", UiText.Format("{0}: need {1}, eligible {2}.", UiText.Of(PartyRoles.Title(r.Role)), r.Seats, r.Eligible), r.Seats, r.Eligible)));
        findings.AddRange(roles.Where(r => r.EligibleWomen < r.WomenSeats).Select(r =>
            new DrawFinding(DrawRules.Women, UiText.Format("{0}: need {1} women, eligible {2}.", UiText.Of(PartyRoles.Title(r.Role)), r.WomenSeats, r.EligibleWomen), r.WomenSeats, r.EligibleWomen)));
        if (stage == 1 && plan.Units.Count == 0)
        {
            findings.Add(new DrawFinding(DrawRules.Stations, UiText.Of("The election's units have no polling stations."), 1, 0));
        }

        return new StagePreview(stage, state, blocker, input.Pool.Count, eligible.Count, input.Settings, roles, units, findings);
    }

    private static RoleSupply Supply(DrawPlan plan, Role role, IEnumerable<DrawEmployee> band)
    {
        var people = band.ToList();
        return new RoleSupply(role, plan.Seats(role), plan.WomenSeats(role), people.Count, people.Count(Eligibility.IsWoman));
    }

    private static List<RoleSupply> Drafted(DrawPlan plan, DrawInput input, StageOneResult one)
    {
        var byId = input.Pool.ToDictionary(e => e.Id);
        return PartyRoles.All.Select(r => Supply(plan, r,
            one.Assignments.Where(a => a.Role == r && byId.ContainsKey(a.EmployeeId)).Select(a => byId[a.EmployeeId]))).ToList();
    }

    public static IReadOnlyList<(string Label, int Count)> Counts(int stage, string resultJson) => stage switch
    {
        1 => DrawSnapshot.FromJson<StageOneResult>(resultJson).Assignments.GroupBy(a => a.Role).OrderBy(g => g.Key)
            .Select(g => (UiText.Of(PartyRoles.Title(g.Key)), g.Count())).ToList(),
        2 => TwoCounts(DrawSnapshot.FromJson<StageTwoResult>(resultJson)),
        _ => [(UiText.Of("Stations allotted"), DrawSnapshot.FromJson<StageThreeResult>(resultJson).Allotments.Count)],
    };

    private static List<(string, int)> TwoCounts(StageTwoResult two) =>
    [
        (UiText.Of("Polling parties"), two.Parties.Count(p => !p.IsReserve)),
        (UiText.Of("All-women parties"), two.Parties.Count(p => !p.IsReserve && p.AllWomen)),
        (UiText.Of("Reserve parties"), two.Parties.Count(p => p.IsReserve)),
        (UiText.Of("Reserve persons"), two.ReservePersons.Count),
    ];
}
