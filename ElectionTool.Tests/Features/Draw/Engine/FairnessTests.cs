using ElectionTool.Draw;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

public class FairnessTests
{
    [Fact]
    public void Everyone_in_a_role_band_has_the_same_chance_chi_square()
    {
        // 24 Presiding-Officer-band people for 6 seats; everyone else is below the band.
        var input = TinyDistrict.WithUnits(2).Stations("AC-1", 3).Stations("AC-2", 3)
            .People(24, payLevel: 9).People(40, payLevel: 6).Build();
        const int draws = 1500;
        var counts = new Dictionary<long, int>();
        for (var seed = 0; seed < draws; seed++)
        {
            var one = DrawStageOne.Run(input, $"fair-{seed}");
            Assert.True(one.Report.Feasible);
            foreach (var a in one.Assignments.Where(a => a.Role == Role.PresidingOfficer))
            {
                counts[a.EmployeeId] = counts.GetValueOrDefault(a.EmployeeId) + 1;
            }
        }
        var band = input.Pool.Where(e => e.PayLevel == 9).Select(e => e.Id).ToList();
        Assert.All(counts.Keys, id => Assert.Contains(id, band));
        var expected = draws * 6.0 / band.Count;
        var chiSquare = band.Sum(id => Math.Pow(counts.GetValueOrDefault(id) - expected, 2) / expected);
        // 23 degrees of freedom: P(chi2 > 49.7) = 0.001.
        Assert.True(chiSquare < 49.7, $"chi-square {chiSquare:F1} over {band.Count} people");
    }

    [Fact]
    public void Each_spouse_of_a_couple_is_kept_about_half_the_time()
    {
        var input = TinyDistrict.WithUnits(2).Stations("AC-1", 2).Stations("AC-2", 2).People(30, 9).Build();
        var pool = input.Pool.ToList();
        pool[0] = pool[0] with { SpouseKey = "C1" };
        pool[1] = pool[1] with { SpouseKey = "C1" };
        input = input with { Pool = pool };
        int first = 0, second = 0;
        for (var seed = 0; seed < 400; seed++)
        {
            var ids = DrawStageOne.Run(input, $"c{seed}").Assignments.Select(a => a.EmployeeId).ToHashSet();
            Assert.False(ids.Contains(1) && ids.Contains(2));
            if (ids.Contains(1))
            {
                first++;
            }

            if (ids.Contains(2))
            {
                second++;
            }
        }
        // Kept half the time, then drafted with 16 of 29 places: about 110 each (standard deviation about 9).
        Assert.InRange(first, 75, 145);
        Assert.InRange(second, 75, 145);
    }
}
