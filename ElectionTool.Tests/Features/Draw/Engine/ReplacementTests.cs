using ElectionTool.Draw;
using ElectionTool.Draw.Synthetic;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

public class ReplacementTests
{
    [Fact]
    public void A_replacement_comes_from_the_same_unit_and_role_and_keeps_every_rule()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 11);
        var run = DrawRun.Of(input, "r");
        var byId = input.Pool.ToDictionary(e => e.Id);
        var replaced = 0;
        foreach (var party in run.Two.Parties.Where(p => !p.IsReserve))
        {
            foreach (var member in party.Members)
            {
                var proposal = DrawReplacement.Propose(input, run.Two, member.EmployeeId);
                Assert.Equal(party.PartyNumber, proposal.PartyNumber);
                if (!proposal.Found) { Assert.StartsWith($"No reserve {member.Role} of unit {party.UnitCode}", proposal.Reason); continue; }
                replaced++;
                var reserveUnits = run.Two.Parties.Where(p => p.IsReserve).SelectMany(p => p.Members.Select(m => (p.UnitCode, m.Role, m.EmployeeId)))
                    .Concat(run.Two.ReservePersons.Select(x => (x.UnitCode, x.Role, x.EmployeeId)));
                Assert.Contains((party.UnitCode, member.Role, proposal.ReplacementEmployeeId!.Value), reserveUnits);
                var members = party.Members.Select(m => (m.Role, byId[m.EmployeeId == member.EmployeeId ? proposal.ReplacementEmployeeId.Value : m.EmployeeId])).ToList();
                Assert.Empty(PartyRules.Check(input.Settings, party.PartyNumber, party.UnitCode, party.AllWomen, members));
            }
        }
        Assert.True(replaced > 50, $"only {replaced} replacements found");
    }

    [Fact]
    public void Replacement_is_deterministic_and_skips_reserves_already_used()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 11);
        var run = DrawRun.Of(input, "r");
        // The first Polling Officer 1 for whom two different reserves fit.
        var (absent, first) = run.Two.Parties.Where(p => !p.IsReserve).Select(p => p.Members[1].EmployeeId)
            .Select(id => (id, DrawReplacement.Propose(input, run.Two, id)))
            .First(x => x.Item2.Found && DrawReplacement.Propose(input, run.Two, x.id, [x.Item2.ReplacementEmployeeId!.Value]).Found);
        Assert.Equal(first, DrawReplacement.Propose(input, run.Two, absent));
        var second = DrawReplacement.Propose(input, run.Two, absent, [first.ReplacementEmployeeId!.Value]);
        Assert.NotEqual(first.ReplacementEmployeeId, second.ReplacementEmployeeId);
    }

    [Fact]
    public void No_fitting_reserve_gives_a_reason()
    {
        var input = SyntheticDistrict.Create(new DistrictShape(), 11);
        var run = DrawRun.Of(input, "r");
        var party = run.Two.Parties.First(p => !p.IsReserve);
        var absent = party.Members.First(m => m.Role == Role.PollingOfficer2).EmployeeId;
        var everyone = input.Pool.Select(e => e.Id).ToList();
        var proposal = DrawReplacement.Propose(input, run.Two, absent, everyone);
        Assert.False(proposal.Found);
        Assert.Equal($"No reserve PollingOfficer2 of unit {party.UnitCode} keeps every rule in party {party.PartyNumber}: there is no unused reserve.", proposal.Reason);
        Assert.Contains("nothing to replace", DrawReplacement.Propose(input, run.Two, run.Two.Parties.First(p => p.IsReserve).Members[0].EmployeeId).Reason);
    }
}
