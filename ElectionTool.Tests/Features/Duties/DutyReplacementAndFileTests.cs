using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Duties;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Duties;

/// <summary>Sector officers replaced from the reserve, the sector file round trip, the one-duty rule at accept, and the person look-up — on real SQLite.</summary>
public sealed class DutyReplacementAndFileTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.Get<DemoDistrictSeeder>().SeedAsync(60, false, CancellationToken.None, 3000);
        await _h.Get<SectorService>().ProposeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<DrawRunView> AcceptAsync(int stage, string seed)
    {
        var run = await _h.Get<DrawService>().RunStageAsync(stage, seed, CancellationToken.None);
        Assert.True(run.Run.Feasible, string.Join("; ", run.Report.Findings.Select(f => f.Message)));
        await _h.Get<DrawService>().AcceptAsync(run.Run.Id, CancellationToken.None);
        return run;
    }

    [Fact]
    public async Task An_absent_sector_officer_is_replaced_by_the_first_fitting_reserve_audited_and_the_stored_run_still_verifies()
    {
        await _h.Get<SectorService>().LockAsync(CancellationToken.None);
        var run = await AcceptAsync(DutyStages.Sector.Number, "1 5 9");
        var replacements = _h.Get<DutyReplacementService>();
        var officer = (await replacements.ListHoldersAsync(null, CancellationToken.None)).First(r => r.PostCode is not null);

        var preview = await replacements.ProposeAsync(officer.EmployeeId, CancellationToken.None);
        Assert.True(preview.CanConfirm, preview.Message);
        Assert.NotNull(preview.ReplacementEmployeeId);
        Assert.Equal(preview.ReplacementEmployeeId, (await replacements.ProposeAsync(officer.EmployeeId, CancellationToken.None)).ReplacementEmployeeId);
        await Assert.ThrowsAsync<DrawRefusedException>(() => replacements.ConfirmAsync(officer.EmployeeId, ReplacementKind.Absent, " ", CancellationToken.None));
        await replacements.ConfirmAsync(officer.EmployeeId, ReplacementKind.Absent, "Medical certificate 12/2027", CancellationToken.None);

        var rows = await _h.Get<DutyOutputService>().RowsAsync(CancellationToken.None);
        var incoming = rows.Single(r => r.Sector == officer.PostCode && !r.IsReserve);
        Assert.NotEqual(officer.Epic, incoming.Epic);
        Assert.DoesNotContain(rows, r => r.Epic == officer.Epic);
        Assert.Single(rows, r => r.Epic == incoming.Epic);
        Assert.Equal(ReprintKind.NewOrder, incoming.Mark);
        Assert.False((await replacements.ProposeAsync(officer.EmployeeId, CancellationToken.None)).CanConfirm);

        await using var db = _h.Db();
        Assert.Single(await db.AuditEntries.Where(a => a.Action == "DrawReplacement").ToListAsync());
        Assert.Equal(2, await db.Set<OrderReprint>().CountAsync());
        Assert.True((await _h.Get<DrawService>().VerifyAsync(run.Run.Id, CancellationToken.None)).Matches);
    }

    [Fact]
    public async Task Sectors_exported_then_imported_come_back_the_same()
    {
        var files = _h.Get<SectorFileService>();
        var before = await _h.Get<SectorService>().GetBoardAsync(CancellationToken.None);
        var csv = await files.ExportAsync(CancellationToken.None);
        Assert.StartsWith("Unit,Sector,Zone,StationNumber,RouteOrder", Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'));

        Assert.Equal(before.SectorCount, await files.ImportAsync(new MemoryStream(csv), CancellationToken.None));

        var after = await _h.Get<SectorService>().GetBoardAsync(CancellationToken.None);
        Assert.Equal(Shape(before), Shape(after));
    }

    [Fact]
    public async Task A_bad_sector_file_names_the_row_and_what_is_wrong_and_saves_nothing()
    {
        var files = _h.Get<SectorFileService>();
        var before = await _h.Get<SectorService>().GetBoardAsync(CancellationToken.None);
        var lines = Encoding.UTF8.GetString(await files.ExportAsync(CancellationToken.None)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[3] = lines[3].Split(',')[0] + ",S1,Z1,9999,1";
        lines[5] = lines[5].Split(',')[0] + ",S1,Z1,7,first";

        var refused = await Assert.ThrowsAsync<SectorFileRejectedException>(() => files.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines))), CancellationToken.None));

        Assert.Contains(refused.Problems, p => p.StartsWith("Row 6:") && p.Contains("RouteOrder 'first'"));
        Assert.Contains(refused.Problems, p => p.StartsWith("Row 4:") && p.Contains("no polling station 9999"));
        Assert.Equal(Shape(before), Shape(await _h.Get<SectorService>().GetBoardAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_polling_run_drawn_before_officers_were_accepted_cannot_be_accepted_after_them()
    {
        await _h.Get<SectorService>().LockAsync(CancellationToken.None);
        var polling = await _h.Get<DrawService>().RunStageAsync(1, "7 7 7", CancellationToken.None);
        await AcceptAsync(DutyStages.Sector.Number, "1 5 9");

        var refused = await Assert.ThrowsAsync<DrawRefusedException>(() => _h.Get<DrawService>().AcceptAsync(polling.Run.Id, CancellationToken.None));

        Assert.Contains("drafted by a stage accepted after it was run", refused.Message);
    }

    [Fact]
    public async Task The_person_look_up_shows_the_sector_duty_with_a_link_to_the_order()
    {
        await _h.Get<SectorService>().LockAsync(CancellationToken.None);
        await AcceptAsync(DutyStages.Sector.Number, "1 5 9");
        var officer = (await _h.Get<DutyReplacementService>().ListHoldersAsync(null, CancellationToken.None)).First(r => r.PostCode is not null);

        var found = Assert.Single(await _h.Get<PersonDutyService>().FindAsync(officer.Epic.ToLowerInvariant(), CancellationToken.None));

        var duty = Assert.Single(found.Duties);
        Assert.Equal("Sector officer", duty.Duty);
        Assert.Contains(officer.PostCode!, duty.Detail);
        Assert.Equal($"/duties/print/orders?duty=sector&epic={officer.Epic}", duty.OrderUrl);
    }

    private static List<string> Shape(SectorBoard board) => board.Units.SelectMany(u => u.Sectors)
        .Select(s => $"{s.Code}|{s.ZoneCode}|{string.Join(",", s.Stops.Select(t => t.Number))}").Order(StringComparer.Ordinal).ToList();
}
