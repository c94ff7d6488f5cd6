using ElectionTool.Data;
using ElectionTool.Data.Entities;
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
            uses.Add($"{stations} polling station(s)");
        }
        if (offices > 0)
        {
            uses.Add($"{offices} office(s)");
        }
        if (halls > 0)
        {
            uses.Add($"{halls} counting hall(s)");
        }
        if (employees > 0)
        {
            uses.Add($"{employees} employee(s) as voter, residence or home unit");
        }
        return $"{unit.Code} is used by {string.Join(", ", uses.SkipLast(1))}{(uses.Count > 1 ? " and " : "")}{uses[^1]}; move or delete them first.";
    }
}
