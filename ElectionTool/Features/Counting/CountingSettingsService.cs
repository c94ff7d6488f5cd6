using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Counting.Halls;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Counting;

/// <summary>The current election's counting settings (defaults until first saved); fixed once the selection is accepted.</summary>
public sealed class CountingSettingsService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
{
    public async Task<CountingSettingsInput> GetAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        var s = election is null ? new CountingSettings() : await ForAsync(db, election.Id, ct);
        return new CountingSettingsInput { SupervisorMinPayLevel = s.SupervisorMinPayLevel, ReservePercent = s.ReservePercent, PollingStaffMayCount = s.PollingStaffMayCount };
    }

    public async Task<SaveOutcome> SaveAsync(CountingSettingsInput input, CancellationToken ct)
    {
        var errors = InputValidation.Validate(input);
        if (errors.Count > 0)
        {
            return SaveOutcome.Rejected(errors);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return SaveOutcome.Rejected(new FieldError("Election", UiText.Of("There is no current election. Add one on the Elections page first."))); // English: "Election" names the field
        }
        if (await CountingHallService.LockedAsync(db, election.Id, ct))
        {
            return SaveOutcome.Rejected(new FieldError("Election", UiText.Of("The counting selection is accepted; its settings can no longer change."))); // English: "Election" names the field
        }
        var existing = await db.Set<CountingSettings>().FirstOrDefaultAsync(s => s.ElectionId == election.Id, ct);
        var outcome = Upsert.Apply(db, existing, () => new CountingSettings { ElectionId = election.Id }, s =>
        {
            s.SupervisorMinPayLevel = input.SupervisorMinPayLevel;
            s.ReservePercent = input.ReservePercent;
            s.PollingStaffMayCount = input.PollingStaffMayCount;
        }, s => new { s.SupervisorMinPayLevel, s.ReservePercent, s.PollingStaffMayCount }, await currentUser.GetNameAsync(), nameof(CountingSettings), election.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    public static async Task<CountingSettings> ForAsync(ElectionDbContext db, int electionId, CancellationToken ct) =>
        await db.Set<CountingSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.ElectionId == electionId, ct) ?? new CountingSettings { ElectionId = electionId };
}
