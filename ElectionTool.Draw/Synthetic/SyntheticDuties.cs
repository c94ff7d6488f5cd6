using ElectionTool.Draw.Duties;

namespace ElectionTool.Draw.Synthetic;

/// <summary>
/// Duty inputs over a <see cref="SyntheticDistrict"/>: stations get coordinates (one town per unit), a tenth are
/// critical, and a fixed share of departments are central (Central Govt, Central PSU, Bank). Deterministic.
/// </summary>
public static class SyntheticDuties
{
    public static IReadOnlyList<PlanStation> Stations(DrawInput district)
    {
        var units = district.Units.Select((u, i) => (u.Code, i)).ToDictionary(x => x.Code, x => x.i);
        return district.Stations.Select(s =>
        {
            var u = units[s.UnitCode];
            var h = Mix((ulong)(u * 100_003 + s.Number));
            var lat = 23.0 + u * 0.3 + (h % 10_000) / 40_000.0;
            var lon = 77.0 + (h / 10_000 % 10_000) / 40_000.0;
            // Every 7th station shares the building of the one before it.
            var building = s.Number % 7 == 0 ? $"Building {s.Number - 1}" : $"Building {s.Number}";
            var point = s.Number % 50 == 49 ? (GeoPoint?)null : new GeoPoint(Math.Round(lat, 5), Math.Round(lon, 5));
            return new PlanStation(s.UnitCode, s.Number, building, point);
        }).ToList();
    }

    public static IReadOnlyList<DutyPerson> Pool(DrawInput district) => district.Pool.Select(e => new DutyPerson
    {
        Employee = e,
        DepartmentCategory = (int.Parse(e.DepartmentCode[1..], System.Globalization.CultureInfo.InvariantCulture) % 4) switch
        {
            0 => "CentralGovt",
            1 => "Bank",
            _ => "StateGovt",
        },
        ServiceGroup = e.PayLevel >= 10 ? "A" : e.PayLevel >= 6 ? "B" : e.PayLevel >= 3 ? "C" : "D",
    }).ToList();

    /// <summary>The posts of each duty: zones and sectors from the plan, critical stations (every 10th) for micro-observers.</summary>
    public static IReadOnlyList<DutyPost> Posts(DutyKind kind, SectorPlan plan, DrawInput district) => kind switch
    {
        DutyKind.ZonalOfficer => plan.Zones.Select(z => new DutyPost(SectorCodes.Zone(z.UnitCode, z.Number), z.UnitCode)).ToList(),
        DutyKind.SectorOfficer => plan.Sectors.Select(s => new DutyPost(s.Code, s.UnitCode)).ToList(),
        _ => district.Stations.Where(s => s.Number % 10 == 3).Select(s => new DutyPost($"{s.UnitCode}/{s.Number}", s.UnitCode)).ToList(),
    };

    public static DutyInput Input(DutyKind kind, SectorPlan plan, DrawInput district, IReadOnlyList<DutyPerson> pool) => new()
    {
        ElectionId = district.ElectionId,
        Kind = kind,
        Settings = district.Settings,
        Rules = new DutyRules { MinPayLevel = kind == DutyKind.ZonalOfficer ? 12 : 10, ReservePercent = 20 },
        Posts = Posts(kind, plan, district),
        Pool = pool,
    };

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
