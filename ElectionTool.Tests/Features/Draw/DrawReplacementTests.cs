using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Draw;

public sealed class DrawReplacementTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DistrictAsync();
        await _h.Get<DrawService>().AcceptAllAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private DrawReplacementService Replacements => _h.Get<DrawReplacementService>();

    [Fact]
    public async Task An_absent_member_is_replaced_by_a_reserve_of_the_same_role_and_unit_keeping_every_rule()
    {
        // With one reserve party per unit a seat may have no rule-keeping reserve; take the first that has one.
        DraftedPersonRow absent = default!;
        ReplacementPreview proposal = default!;
        foreach (var row in (await Replacements.ListDraftedAsync(null, default)).Where(r => !r.IsReserve))
        {
            (absent, proposal) = (row, await Replacements.ProposeAsync(row.EmployeeId, default));
            if (proposal.CanConfirm)
            {
                break;
            }

            Assert.Contains("keeps every rule", proposal.Message);
        }
        Assert.True(proposal.CanConfirm, proposal.Message);
        var role = Enum.Parse<Role>(absent.Role);
        var done = await Replacements.ConfirmAsync(absent.EmployeeId, ReplacementKind.Absent, "Hospitalised, report of 12-03", default);

        await using var db = _h.Db();
        var outcome = await DrawOutcome.LoadAsync(db, default);
        var party = outcome.Parties!.Parties.Single(p => p.PartyNumber == absent.PartyNumber);
        var incoming = party.Members.Single(m => m.Role == role);
        Assert.Equal(proposal.ReplacementEmployeeId, (int)incoming.EmployeeId);
        Assert.Equal(absent.UnitCode, party.UnitCode);
        Assert.Contains(outcome.StageTwo!.Parties, p => p.IsReserve && p.UnitCode == absent.UnitCode && p.Members.Any(m => m.EmployeeId == incoming.EmployeeId && m.Role == role));
        Assert.DoesNotContain(outcome.Seats(), s => s.EmployeeId == absent.EmployeeId);
        Assert.Single(outcome.Seats(), s => s.EmployeeId == incoming.EmployeeId);
        var members = party.Members.Select(m => (m.Role, outcome.People[m.EmployeeId])).ToList();
        Assert.Empty(PartyRules.Check(outcome.Input!.Settings, party.PartyNumber, party.UnitCode, party.AllWomen, members));

        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "DrawReplacement");
        Assert.Contains("Hospitalised", audit.After);
        var marks = await db.Set<OrderReprint>().ToListAsync();
        Assert.Equal(party.Members.Count + 1, marks.Count);
        Assert.Contains(marks, m => m.EmployeeId == absent.EmployeeId && m.Kind == ReprintKind.Cancelled);
        Assert.Contains(marks, m => m.EmployeeId == incoming.EmployeeId && m.Kind == ReprintKind.NewOrder);
        Assert.Equal("Hospitalised, report of 12-03", done.Reason);

        // The accepted stage 2 is not rewritten: it still verifies.
        Assert.True((await _h.Get<DrawService>().VerifyAsync(outcome.StageTwoRun!.Id, default)).Matches);
        var orders = await _h.Get<DrawOutputService>().OrdersAsync(null, marksOnly: true, default);
        Assert.Equal(party.Members.Count, orders.Count);
    }

    [Fact]
    public async Task A_used_reserve_is_not_proposed_twice_and_a_replaced_person_cannot_be_replaced_again()
    {
        var drafted = (await Replacements.ListDraftedAsync(null, default)).Where(r => !r.IsReserve).ToList();
        DraftedPersonRow? first = null;
        foreach (var row in drafted)
        {
            if ((await Replacements.ProposeAsync(row.EmployeeId, default)).CanConfirm) { first = row; break; }
        }

        Assert.NotNull(first);
        var second = drafted.First(r => r.Role == first.Role && r.UnitCode == first.UnitCode && r.PartyNumber != first.PartyNumber);

        var done = await Replacements.ConfirmAsync(first.EmployeeId, ReplacementKind.Exempted, "Exemption order 14", default);
        var next = await Replacements.ProposeAsync(second.EmployeeId, default);

        // One reserve party per unit: its only member of that role is used, so nobody is left to propose.
        Assert.False(next.CanConfirm);
        Assert.NotEqual(done.ReplacementName, next.ReplacementName);
        Assert.False((await Replacements.ProposeAsync(first.EmployeeId, default)).CanConfirm);
        await Assert.ThrowsAsync<DrawRefusedException>(() => Replacements.ConfirmAsync(second.EmployeeId, ReplacementKind.Absent, " ", default));
    }
}
