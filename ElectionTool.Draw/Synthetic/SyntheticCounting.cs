using ElectionTool.Draw.Counting;

namespace ElectionTool.Draw.Synthetic;

/// <summary>A counting input over a <see cref="SyntheticDistrict"/>: the same halls in every unit, the duty pool of <see cref="SyntheticDuties"/>.</summary>
public static class SyntheticCounting
{
    public static IReadOnlyList<CountingHall> Halls(DrawInput district, int hallsPerUnit, int tables, int postalTables = 0) =>
        district.Units.SelectMany(u => Enumerable.Range(1, hallsPerUnit)
            .Select(h => new CountingHall($"{u.Code}/H{h}", u.Code, $"Counting hall {h}, {u.Name}", tables, postalTables))).ToList();

    public static CountingInput Input(DrawInput district, int hallsPerUnit = 2, int tables = 14, int postalTables = 0, int reservePercent = 20) => new()
    {
        ElectionId = district.ElectionId,
        Settings = district.Settings,
        Rules = new CountingRules { SupervisorMinPayLevel = 8, ReservePercent = reservePercent },
        Halls = Halls(district, hallsPerUnit, tables, postalTables),
        Pool = SyntheticDuties.Pool(district),
    };
}
