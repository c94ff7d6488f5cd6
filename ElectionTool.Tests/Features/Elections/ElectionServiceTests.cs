using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Elections;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Elections;

public sealed class ElectionServiceTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync() => _h = await ServiceHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static ElectionInput Input(string name, int pollDay = 20) => new()
    {
        Name = name,
        PollDate = new DateTime(2028, 11, pollDay),
        EntryDeadline = new DateTime(2028, 10, 15),
    };

    private async Task<int> IdOfAsync(string name)
    {
        await using var db = _h.Db();
        return await db.Elections.Where(e => e.Name == name).Select(e => e.Id).SingleAsync();
    }

    [Fact]
    public async Task A_deadline_on_or_after_the_poll_date_is_refused()
    {
        var input = Input("Assembly 2028");
        input.EntryDeadline = input.PollDate;

        var outcome = await _h.Get<ElectionService>().SaveAsync(input, default);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(("EntryDeadline", "The data-entry deadline must be before the poll date."), (error.Field, error.Message));
        await using var db = _h.Db();
        Assert.Equal(0, await db.Elections.CountAsync());
    }

    [Fact]
    public async Task The_first_election_becomes_current_and_making_another_current_leaves_exactly_one()
    {
        var service = _h.Get<ElectionService>();
        await service.SaveAsync(Input("Assembly 2028"), default);
        await service.SaveAsync(Input("Municipal 2028", 25), default);
        Assert.Equal("Assembly 2028", (await service.GetCurrentAsync(default))?.Name);

        await service.SetCurrentAsync(await IdOfAsync("Municipal 2028"), default);

        var list = await service.ListAsync(default);
        Assert.Equal("Municipal 2028", Assert.Single(list, e => e.IsCurrent).Name);
        Assert.True(list[0].IsCurrent);
    }

    [Fact]
    public async Task The_current_election_cannot_be_deleted_but_an_archived_one_can()
    {
        var service = _h.Get<ElectionService>();
        await service.SaveAsync(Input("Assembly 2028"), default);
        await service.SaveAsync(Input("Bye-election 2028", 25), default);

        var refusal = await service.DeleteAsync(await IdOfAsync("Assembly 2028"), default);
        var allowed = await service.DeleteAsync(await IdOfAsync("Bye-election 2028"), default);

        Assert.Equal("Assembly 2028 is the current election; make another election current first.", refusal);
        Assert.Null(allowed);
        Assert.Equal(["Assembly 2028"], (await service.ListAsync(default)).Select(e => e.Name));
    }

    [Fact]
    public async Task Saving_an_unchanged_election_reports_unchanged()
    {
        var service = _h.Get<ElectionService>();
        await service.SaveAsync(Input("Assembly 2028"), default);
        var loaded = await service.GetAsync(await IdOfAsync("Assembly 2028"), default);

        var outcome = await service.SaveAsync(loaded!, default);

        Assert.Equal(SaveKind.Unchanged, outcome.Kind);
    }

    [Fact]
    public async Task An_archived_election_with_draw_runs_is_kept()
    {
        var service = _h.Get<ElectionService>();
        await service.SaveAsync(Input("Assembly 2028"), default);
        await service.SaveAsync(Input("Bye-election 2028", 25), default);
        var archived = await IdOfAsync("Bye-election 2028");
        await using (var db = _h.Db())
        {
            db.Add(new DrawRun
            {
                ElectionId = archived,
                Stage = 1,
                Seed = "1 2 3",
                InputHash = "i",
                OutputHash = "o",
                AlgorithmVersion = "ET-DRAW-1",
                RunBy = "admin",
                InputSnapshot = [],
                ResultJson = "{}",
                ReportJson = "{}",
                Status = DrawRunStatus.Accepted,
            });
            await db.SaveChangesAsync();
        }

        var refusal = await service.DeleteAsync(archived, default);

        Assert.Equal("Bye-election 2028 has draw runs on record; an election with a draw stays, archived and readable.", refusal);
        Assert.Equal(2, (await service.ListAsync(default)).Count);
    }
}
