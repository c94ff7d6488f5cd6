using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Draw;

/// <summary>A draw run and its audit entry are written together or not at all.</summary>
public sealed class DrawRunAuditTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DistrictAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task A_run_whose_audit_entry_cannot_be_written_is_not_stored()
    {
        await using (var db = _h.Db())
        {
            // Stands in for the process dying between the run and its audit entry.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER crash_before_audit BEFORE INSERT ON AuditEntries WHEN NEW.Action = 'DrawRun' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;");
        }

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => _h.Get<DrawService>().RunStageAsync(1, "4 4 2 6", default));

        await using var check = _h.Db();
        Assert.Equal(0, await check.Set<DrawRun>().CountAsync());
    }

    [Fact]
    public async Task A_stored_run_always_has_its_audit_entry()
    {
        var run = await _h.Get<DrawService>().RunStageAsync(1, "4 4 2 6", default);

        await using var db = _h.Db();
        Assert.Single(await db.AuditEntries.Where(a => a.Action == "DrawRun" && a.EntityKey == run.Run.Id.ToString()).ToListAsync());
    }
}
