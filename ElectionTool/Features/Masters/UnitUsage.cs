using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Masters;

/// <summary>What still refers to a constituency unit (AC or ward), so that deleting it would orphan records.</summary>
internal static class UnitUsage
{
    /// <summary>The refusal to show, or null when nothing refers to the unit.</summary>
    public static async Task<string?> DescribeAsync(ElectionDbContext db, ConstituencyUnit unit, CancellationToken ct)
    {
        var stations = await db.PollingStations.CountAsync(s => s.ConstituencyUnitId == unit.Id, ct);
        var offices = await db.Offices.CountAsync(o => o.ConstituencyUnitId == unit.Id, ct);
        var employees = await db.Employees.CountAsync(
            e => e.VoterUnitId == unit.Id || e.ResidenceUnitId == unit.Id || e.HomeUnitId == unit.Id, ct);
        var halls = await db.Set<CountingHall>().CountAsync(h => h.ConstituencyUnitId == unit.Id, ct);
        if (stations == 0 && offices == 0 && employees == 0 && halls == 0)
        {
            return null;
        }
        var uses = new List<string>();
        if (stations > 0)
        {
            uses.Add(UiText.Format("{0} polling station(s)", stations));
        }
        if (offices > 0)
        {
            uses.Add(UiText.Format("{0} office(s)", offices));
        }
        if (halls > 0)
        {
            uses.Add(UiText.Format("{0} counting hall(s)", halls));
        }
        if (employees > 0)
        {
            uses.Add(UiText.Format("{0} employee(s) as voter, residence or home unit", employees));
        }
        var all = uses.Count > 1 ? UiText.Format("{0} and {1}", string.Join(", ", uses.SkipLast(1)), uses[^1]) : uses[0];
        return UiText.Format("{0} is used by {1}; move or delete them first.", unit.Code, all);
    }
}
