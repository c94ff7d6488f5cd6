using ElectionTool.Draw;

namespace ElectionTool.Draw.Synthetic;

/// <summary>Shape of a generated district; the defaults are a small one that draws in milliseconds.</summary>
public sealed record DistrictShape
{
    public int Employees { get; init; } = 600;
    public int Offices { get; init; } = 40;
    public int Departments { get; init; } = 12;
    public int Units { get; init; } = 4;
    public int Stations { get; init; } = 32;
    public double WomenShare { get; init; } = 0.35;
    public double WomenManagedShare { get; init; } = 0.1;
    public double FourthOfficerShare { get; init; } = 0.25;
    public bool NoSameDepartment { get; init; }
    public WomenRule WomenRule { get; init; } = WomenRule.NoneOrAtLeastTwo;
    public int ReservePercent { get; init; } = 20;
}

/// <summary>
/// A deterministic fake district (SplitMix64, not System.Random, so the data never shifts under
/// a pinned hash). Pay, gender and office sizes are spread roughly like a real district's.
/// </summary>
public static class SyntheticDistrict
{
    private static readonly int[] LevelWeights = [6, 9, 8, 10, 11, 12, 10, 9, 7, 6, 4, 3, 2, 1, 1, 1, 0, 0];
    private static readonly int[] LevelBase = [18000, 19900, 21700, 25500, 29200, 35400, 44900, 47600, 53100, 56100, 67700, 78800, 123100, 131100, 144200, 182200, 205400, 225000];

    public static DrawInput Create(DistrictShape shape, ulong seed)
    {
        var rng = new SplitMix64(seed);
        var units = Enumerable.Range(1, shape.Units).Select(u => new DrawUnit($"AC-{u:000}", $"Constituency {u}")).ToList();
        var stations = new List<DrawStation>();
        for (var s = 0; s < shape.Stations; s++)
        {
            var unit = units[s % units.Count].Code;
            var electors = rng.Chance(shape.FourthOfficerShare) ? 1300 + rng.Next(200) : 600 + rng.Next(600);
            stations.Add(new DrawStation(unit, s / units.Count + 1, $"Booth {s + 1}", electors, rng.Chance(shape.WomenManagedShare)));
        }
        var officeUnit = Enumerable.Range(0, shape.Offices).Select(_ => units[rng.Next(units.Count)].Code).ToArray();
        var officeDepartment = Enumerable.Range(0, shape.Offices).Select(o => $"D{o % shape.Departments:00}").ToArray();
        var pool = new List<DrawEmployee>(shape.Employees);
        var pollDate = new DateOnly(2027, 3, 15);
        for (var i = 0; i < shape.Employees; i++)
        {
            var office = (int)(Math.Pow(rng.NextDouble(), 1.3) * shape.Offices);
            var level = PickLevel(rng);
            var woman = rng.Chance(shape.WomenShare);
            var home = rng.Chance(0.6) ? officeUnit[office] : units[rng.Next(units.Count)].Code;
            pool.Add(new DrawEmployee
            {
                Id = 1000 + i,
                Epic = $"ABC{1000000 + i}",
                Name = woman ? $"Smt. Employee {i}" : $"Shri Employee {i}",
                OfficeId = 1 + office,
                OfficeCode = $"OFF-{office + 1:0000}",
                DepartmentCode = officeDepartment[office],
                Gender = woman ? DrawGender.F : rng.Chance(0.005) ? DrawGender.T : DrawGender.M,
                PayLevel = level,
                BasicPay = LevelBase[level - 1] + 100 * rng.Next(40),
                Gazetted = level >= 10,
                Contractual = level <= 6 && rng.Chance(0.08),
                Disability = rng.Chance(0.01),
                ExemptionApproved = rng.Chance(0.02),
                RetirementDate = rng.Chance(0.03) ? pollDate.AddMonths(rng.Next(6)) : pollDate.AddYears(1 + rng.Next(30)),
                VoterUnit = rng.Chance(0.2) ? units[rng.Next(units.Count)].Code : home,
                ResidenceUnit = home,
                HomeUnit = home,
                OfficeUnit = officeUnit[office],
                SpouseKey = null,
                OfficeFinalized = rng.Chance(0.97),
            });
        }
        for (var c = 0; c < shape.Employees / 100; c++)
        {
            var a = rng.Next(pool.Count);
            var b = rng.Next(pool.Count);
            if (a == b || pool[a].SpouseKey is not null || pool[b].SpouseKey is not null)
            {
                continue;
            }

            pool[a] = pool[a] with { SpouseKey = $"S{c}" };
            pool[b] = pool[b] with { SpouseKey = $"S{c}" };
        }
        var settings = new DrawSettings
        {
            PollDate = pollDate,
            PresidingMinPayLevel = 7,
            PollingOfficer1MinPayLevel = 5,
            IncludeFourthOfficer = shape.FourthOfficerShare > 0,
            FourthOfficerElectorsThreshold = 1200,
            ReservePercent = shape.ReservePercent,
            NoSameDepartment = shape.NoSameDepartment,
            WomenRule = shape.WomenRule,
        };
        return new DrawInput { ElectionId = $"GE-2027-{seed}", Settings = settings, Units = units, Stations = stations, Pool = pool };
    }

    private static int PickLevel(SplitMix64 rng)
    {
        var pick = rng.Next(LevelWeights.Sum());
        for (var l = 0; l < LevelWeights.Length; l++)
        {
            pick -= LevelWeights[l];
            if (pick < 0)
            {
                return l + 1;
            }
        }
        return 1;
    }

    private sealed class SplitMix64(ulong state)
    {
        public ulong Next()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public int Next(int max) => (int)(Next() % (ulong)max);

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

        public bool Chance(double p) => NextDouble() < p;
    }
}
