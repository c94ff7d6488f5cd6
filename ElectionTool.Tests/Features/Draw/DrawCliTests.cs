using ElectionTool.Cli;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Draw;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Draw;

[Trait("Database", "Both")]
public sealed class DrawCliTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"draw-cli-{Guid.NewGuid():N}");

    public async Task InitializeAsync() => _h = await ServiceHarness.CreateAsync();

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<int> Cli(params string[] args) => CommandLine.RunAsync(_h.Services, args);

    [Fact]
    public async Task Draw_runs_accepts_and_verifies_each_stage_with_exit_code_zero()
    {
        await _h.DistrictAsync();

        Assert.Equal(0, await Cli("draw", "--stage", "1", "--seed", "3 6 1 2", "--accept"));
        Assert.Equal(0, await Cli("draw", "--stage", "2", "--seed", "5 5 2", "--accept"));
        Assert.Equal(0, await Cli("draw", "--stage", "3", "--seed", "6 1 1", "--accept"));
        foreach (var stage in new[] { "1", "2", "3" })
        {
            Assert.Equal(0, await Cli("draw", "verify", "--stage", stage));
        }
    }

    [Fact]
    public async Task Draw_verify_exits_non_zero_when_the_stored_result_was_changed()
    {
        await _h.DistrictAsync();
        Assert.Equal(0, await Cli("draw", "--stage", "1", "--seed", "42", "--accept"));
        await using (var db = _h.Db())
        {
            var run = await db.Set<DrawRun>().SingleAsync();
            var one = DrawSnapshot.FromJson<StageOneResult>(run.ResultJson);
            run.ResultJson = DrawSnapshot.ToJson(one with { Assignments = one.Assignments.Skip(1).ToList() });
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await Cli("draw", "verify", "--stage", "1"));
    }

    [Fact]
    public async Task Draw_exits_non_zero_when_the_stage_is_infeasible_or_refused()
    {
        await _h.DistrictAsync(new DrawDistrictBuilder().Offices(3, 4));

        Assert.Equal(1, await Cli("draw", "--stage", "1", "--seed", "1"));
        Assert.Equal(1, await Cli("draw", "--stage", "2", "--seed", "1"));
        Assert.Equal(1, await Cli("draw", "verify", "--stage", "3"));
        Assert.Equal(2, await Cli("draw", "--stage", "4", "--seed", "1"));
    }

    [Fact]
    public async Task Exports_have_the_exact_headers_and_one_row_per_drafted_person_or_station()
    {
        await _h.DistrictAsync();
        await _h.Get<DrawService>().AcceptAllAsync();
        var parties = Path.Combine(_folder, "parties.csv");
        var allotments = Path.Combine(_folder, "allotments.csv");

        Assert.Equal(0, await Cli("export", "parties", "--out", parties));
        Assert.Equal(0, await Cli("export", "allotments", "--out", allotments));

        var partyLines = await File.ReadAllLinesAsync(parties);
        Assert.Equal("Unit,PartyNumber,Role,EPIC,Name,OfficeCode,Gender,PayLevel,BasicPay,IsReserve", partyLines[0]);
        await using var db = _h.Db();
        var outcome = await DrawOutcome.LoadAsync(db, default);
        Assert.Equal(outcome.Seats().Count(), partyLines.Length - 1);
        Assert.Contains(partyLines, l => l.StartsWith("AC-001,1,PresidingOfficer,", StringComparison.Ordinal) && l.EndsWith(",false", StringComparison.Ordinal));
        Assert.Contains(partyLines, l => l.EndsWith(",true", StringComparison.Ordinal));
        Assert.All(partyLines.Skip(1), l => Assert.Matches(",(M|F|T),", l));

        var allotmentLines = await File.ReadAllLinesAsync(allotments);
        Assert.Equal("Unit,PartyNumber,StationNumber,StationName,WomenManaged", allotmentLines[0]);
        Assert.Equal(await db.PollingStations.CountAsync() + 1, allotmentLines.Length);
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "DrawExported"));
    }
}
