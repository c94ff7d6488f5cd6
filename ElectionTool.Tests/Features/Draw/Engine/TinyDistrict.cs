using ElectionTool.Draw;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>A hand-sized district for rule-by-rule tests: every person made to order.</summary>
public sealed class TinyDistrict
{
    private readonly List<DrawEmployee> pool = [];
    private readonly List<DrawStation> stations = [];
    private DrawSettings settings = new()
    {
        PollDate = new DateOnly(2027, 3, 15),
        PresidingMinPayLevel = 8,
        PollingOfficer1MinPayLevel = 5,
        ReservePercent = 0,
    };

    public static TinyDistrict WithUnits(int units) => new() { UnitCount = units };

    public int UnitCount { get; private init; }

    public TinyDistrict Stations(string unit, int count, bool womenManaged = false)
    {
        for (var i = 0; i < count; i++)
        {
            stations.Add(new DrawStation(unit, stations.Count(s => s.UnitCode == unit) + 1, $"Booth {unit}/{i}", 800, womenManaged));
        }

        return this;
    }

    /// <summary>People who may serve anywhere except the unit they work in (AC-9 by default, not drawn).</summary>
    public TinyDistrict People(int count, int payLevel, DrawGender gender = DrawGender.M, long? office = null, string unit = "AC-9")
    {
        for (var i = 0; i < count; i++)
        {
            var id = 1 + pool.Count;
            pool.Add(new DrawEmployee
            {
                Id = id,
                Epic = $"XYZ{id:0000000}",
                Name = $"Person {id}",
                OfficeId = office ?? id,
                OfficeCode = $"O{office ?? id}",
                DepartmentCode = "D",
                Gender = gender,
                PayLevel = payLevel,
                BasicPay = 10000 * payLevel,
                RetirementDate = new DateOnly(2040, 1, 1),
                OfficeUnit = unit,
                OfficeFinalized = true,
            });
        }
        return this;
    }

    public TinyDistrict With(Func<DrawSettings, DrawSettings> change)
    {
        settings = change(settings);
        return this;
    }

    public DrawInput Build() => new()
    {
        ElectionId = "TEST",
        Settings = settings,
        Units = Enumerable.Range(1, UnitCount).Select(u => new DrawUnit($"AC-{u}", $"Unit {u}")).ToList(),
        Stations = stations,
        Pool = pool,
    };
}
