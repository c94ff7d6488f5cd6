using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Counting;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Duties;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Counting;

/// <summary>
/// Reads the counting selection's input: the election's halls and counting settings, and the same pool and eligibility as
/// every draw (one home for those rules) with department category and service group. Holders of any accepted duty are
/// left out, except polling-party staff while the election lets them count.
/// </summary>
public sealed class CountingInputBuilder(IDbContextFactory<ElectionDbContext> dbFactory, DrawInputBuilder draws)
{
    public async Task<CountingInput> BuildAsync(int electionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await CountingSettingsService.ForAsync(db, electionId, ct);
        var halls = await db.Set<Data.Entities.CountingHall>().AsNoTracking().Where(h => h.ElectionId == electionId)
            .Select(h => new { Unit = h.ConstituencyUnit!.Code, h.Number, h.Name, h.Tables, h.PostalBallotTables }).ToListAsync(ct);
        if (halls.Count == 0)
        {
            throw new DrawRefusedException(UiText.Of("There are no counting halls for this election; add them under District masters → Counting halls first."));
        }

        var polling = await draws.BuildAsync(electionId, h => Blocks(h, settings), ct);
        var extra = await db.Employees.AsNoTracking().Where(e => e.Office!.ListState == StaffListState.Finalized)
            .Select(e => new { e.Id, e.Office!.Department!.Category, e.ServiceGroup }).ToDictionaryAsync(e => (long)e.Id, ct);
        return new CountingInput
        {
            ElectionId = polling.ElectionId,
            Settings = polling.Settings,
            Rules = new CountingRules { SupervisorMinPayLevel = settings.SupervisorMinPayLevel, ReservePercent = settings.ReservePercent },
            Halls = halls.Select(h => new ElectionTool.Draw.Counting.CountingHall(Data.Entities.CountingHall.CodeOf(h.Unit, h.Number), h.Unit, h.Name, h.Tables, h.PostalBallotTables))
                .OrderBy(h => h.Code, StringComparer.Ordinal).ToList(),
            Pool = polling.Pool.Select(e => new DutyPerson
            {
                Employee = e,
                DepartmentCategory = extra[e.Id].Category.ToString(),
                ServiceGroup = extra[e.Id].ServiceGroup.ToString(),
            }).ToList(),
        };
    }

    /// <summary>The one exception to one duty per person: polling-party staff may count when the setting says so.</summary>
    public static bool Blocks(DutyLedgerStore.Holding holding, Data.Entities.CountingSettings settings) =>
        !(settings.PollingStaffMayCount && holding.Duty == "PollingParty");
}
