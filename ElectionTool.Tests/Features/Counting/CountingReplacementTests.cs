using ElectionTool.Data.Entities;
using ElectionTool.Features.Counting;
using ElectionTool.Features.Counting.Halls;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Counting;

/// <summary>Replacing counting staff after the tables are drawn, through the one replacement record — on real SQLite and the demo district.</summary>
public sealed class CountingReplacementTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.Get<DemoDistrictSeeder>().SeedAsync(60, false, CancellationToken.None, 3000);
        foreach (var unit in new[] { "AC-201", "AC-202" })
        {
            var saved = await _h.Get<CountingHallService>().SaveAsync(new CountingHallInput { UnitCode = unit, Centre = "Govt. College", Name = "Hall 1", Tables = 5, PostalBallotTables = 1 }, default);
            Assert.True(saved.Succeeded, saved.Message);
        }
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<long> AcceptAsync(CountingStage stage, string seed)
    {
        var run = await _h.Get<DrawService>().RunStageAsync(stage.Number, seed, CancellationToken.None);
        Assert.True(run.Run.Feasible, string.Join("; ", run.Report.Findings.Select(f => f.Message)));
        await _h.Get<DrawService>().AcceptAsync(run.Run.Id, CancellationToken.None);
        return run.Run.Id;
    }

    [Fact]
    public async Task Before_the_tables_are_drawn_nobody_is_offered_for_replacement()
    {
        await AcceptAsync(CountingStages.Selection, "7-3-1");
        var replacements = _h.Get<CountingReplacementService>();
        Assert.Empty(await replacements.ListSeatedAsync(null, CancellationToken.None));
        var (_, rows) = await _h.Get<CountingOutputService>().RowsAsync(CancellationToken.None);

        var preview = await replacements.ProposeAsync(rows[0].EmployeeId, CancellationToken.None);

        Assert.False(preview.CanConfirm);
        Assert.Contains("step 3", preview.Message);
    }

    [Fact]
    public async Task An_absent_counting_assistant_is_replaced_by_a_reserve_of_the_same_hall_audited_marked_new_and_the_run_still_verifies()
    {
        await AcceptAsync(CountingStages.Selection, "7-3-1");
        await AcceptAsync(CountingStages.Halls, "2-2-9");
        var tables = await AcceptAsync(CountingStages.Tables, "5-0-4");
        var replacements = _h.Get<CountingReplacementService>();
        var absent = (await replacements.ListSeatedAsync(null, CancellationToken.None)).First(r => r.Role == "Counting assistant");

        var preview = await replacements.ProposeAsync(absent.EmployeeId, CancellationToken.None);
        Assert.True(preview.CanConfirm, preview.Message);
        await Assert.ThrowsAsync<DrawRefusedException>(() => replacements.ConfirmAsync(absent.EmployeeId, ReplacementKind.Absent, "  ", CancellationToken.None));
        await replacements.ConfirmAsync(absent.EmployeeId, ReplacementKind.Absent, "Absence report of the RO, counting morning", CancellationToken.None);

        var (step, rows) = await _h.Get<CountingOutputService>().RowsAsync(CancellationToken.None);
        Assert.Equal(3, step);
        Assert.DoesNotContain(rows, r => r.EmployeeId == absent.EmployeeId);
        var incoming = rows.Single(r => r.EmployeeId == preview.ReplacementEmployeeId);
        Assert.Equal((absent.Hall, absent.Table, absent.Role, false), (incoming.Hall, incoming.Table, incoming.Role, incoming.IsReserve));
        Assert.Equal(ReprintKind.NewOrder, incoming.Mark);
        var table = rows.Where(r => r.Hall == absent.Hall && r.Table == absent.Table).ToList();
        Assert.Equal(3, table.Count);
        Assert.Equal(3, table.Select(r => r.OfficeCode).Distinct().Count());
        Assert.False((await replacements.ProposeAsync(absent.EmployeeId, CancellationToken.None)).CanConfirm);
        var history = Assert.Single(await replacements.ListAsync(CancellationToken.None));
        Assert.Equal(absent.Name, history.AbsentName);

        await using var db = _h.Db();
        var audit = Assert.Single(await db.AuditEntries.Where(a => a.Action == "DrawReplacement").ToListAsync());
        Assert.Contains("Counting", audit.After);
        Assert.True((await _h.Get<DrawService>().VerifyAsync(tables, CancellationToken.None)).Matches);
    }
}
