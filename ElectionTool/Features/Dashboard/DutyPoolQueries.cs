using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Duties;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Dashboard;

/// <summary>A field duty: who in the eligible pool is in its band, against the posts plus reserve.</summary>
/// <param name="Basis">A resource key, "{0} …", that takes <paramref name="Posts"/>; translated where shown.</param>
public sealed record DutyAvailability(string Title, int Eligible, int Seats, string Basis, int Posts = 0)
{
    public int Shortfall => Math.Max(0, Seats - Eligible);
}

/// <summary>
/// The pool figures of the field duties, with the duty draw's own band rule (<see cref="DutyBands"/>): officers from the
/// dashboard's grouped counts; micro-observers from the same groups per department (the central departments' categories).
/// Needs come from the locked or proposed sectors and zones, else from stations ÷ stations per sector.
/// </summary>
internal sealed class DutyPoolTally
{
    private readonly DutyRules _zonal, _sector;
    private int _zonalEligible, _sectorEligible;

    private DutyPoolTally(DutySettings settings)
    {
        _zonal = new DutyRules { MinPayLevel = settings.ZonalMinPayLevel, ReservePercent = settings.ReservePercent };
        _sector = new DutyRules { MinPayLevel = settings.SectorMinPayLevel, ReservePercent = settings.ReservePercent };
        Settings = settings;
    }

    public DutySettings Settings { get; }

    public static async Task<DutyPoolTally> StartAsync(ElectionDbContext db, Election? election, CancellationToken ct) =>
        new(election is null ? new DutySettings() : await SectorService.SettingsAsync(db, election.Id, ct));

    /// <summary>One group of eligible people (already past every exclusion).</summary>
    public void Add(DrawEmployee representative, ServiceGroup group, int count)
    {
        var person = new DutyPerson { Employee = representative, DepartmentCategory = "", ServiceGroup = group.ToString() };
        _zonalEligible += DutyBands.InBand(person, DutyKind.ZonalOfficer, _zonal) ? count : 0;
        _sectorEligible += DutyBands.InBand(person, DutyKind.SectorOfficer, _sector) ? count : 0;
    }

    /// <summary>The departments micro-observers come from.</summary>
    public static readonly DepartmentCategory[] Central = [DepartmentCategory.CentralGovt, DepartmentCategory.CentralPsu, DepartmentCategory.Bank];

    /// <summary>Whether an eligible person of a central department may be a micro-observer (the rule <see cref="CountMicroObserversAsync"/> counts).</summary>
    public static bool MicroObserver(bool contractual, ServiceGroup group) => !contractual && group is ServiceGroup.A or ServiceGroup.B or ServiceGroup.C;

    /// <summary>Micro-observers by counting the eligible employees themselves (the full scan).</summary>
    public static Task<int> CountMicroObserversAsync(IQueryable<Employee> eligible, CancellationToken ct)
    {
        var central = Central;
        return eligible.CountAsync(e => central.Contains(e.Office!.Department!.Category) && e.EmploymentType != EmploymentType.Contractual
            && (e.ServiceGroup == ServiceGroup.A || e.ServiceGroup == ServiceGroup.B || e.ServiceGroup == ServiceGroup.C), ct);
    }

    /// <param name="micro">Eligible people of the central departments who may be micro-observers.</param>
    public async Task<IReadOnlyList<DutyAvailability>> FinishAsync(ElectionDbContext db, Election? election, int micro, CancellationToken ct)
    {
        if (election is null)
        {
            return [];
        }
        var sectors = await db.Set<Sector>().CountAsync(s => s.ElectionId == election.Id, ct);
        var zones = await db.Set<Zone>().CountAsync(z => z.ElectionId == election.Id, ct);
        var estimated = false;
        if (sectors == 0)
        {
            var perUnit = await db.PollingStations.Where(s => s.ConstituencyUnit!.Kind == election.UnitKind).GroupBy(s => s.ConstituencyUnitId).Select(g => g.Count()).ToListAsync(ct);
            sectors = perUnit.Sum(n => (n + Settings.StationsPerSector - 1) / Settings.StationsPerSector);
            zones = perUnit.Sum(n => ((n + Settings.StationsPerSector - 1) / Settings.StationsPerSector + Settings.SectorsPerZone - 1) / Settings.SectorsPerZone);
            estimated = true;
        }
        var critical = await db.PollingStations.CountAsync(s => s.Sensitive && s.ConstituencyUnit!.Kind == election.UnitKind, ct);
        int WithReserve(int posts) => posts + (posts * Settings.ReservePercent + 99) / 100;
        return
        [
            // English: resource keys, translated where shown: the dashboard's figures are shared by viewers of every language
            new("Zonal officers", _zonalEligible, WithReserve(zones), estimated ? "{0} zones estimated from stations (no sectors yet)" : "{0} zones from the sectors and zones", zones),
            new("Sector officers", _sectorEligible, WithReserve(sectors), estimated ? "{0} sectors estimated from stations (no sectors yet)" : "{0} sectors from the sectors and zones", sectors),
            new("Micro-observers", micro, WithReserve(critical), "{0} critical stations", critical),
        ];
    }
}
