using ElectionTool.Data.Entities;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Maps;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Maps;

/// <summary>The demo district's generated boundaries and the sample files in docs/maps.</summary>
public sealed class DemoBoundariesTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.Get<DemoDistrictSeeder>().SeedAsync(10, reset: false, default, employeeCount: 0);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static string Sample(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "maps", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(name);
    }

    [Fact]
    public async Task Every_demo_station_lies_in_its_own_part_inside_its_AC()
    {
        await using var db = _h.Db();
        var acStations = await db.PollingStations.CountAsync(s => s.ConstituencyUnit!.Kind == UnitKind.AssemblyConstituency);

        var report = await _h.Get<MapChecksService>().RunAsync(farKm: 50, default);

        Assert.Equal(8, report.UnitBoundaries);
        Assert.Equal(acStations, report.PartBoundaries);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public async Task The_sample_AC_outlines_in_docs_import_as_unchanged_and_the_bad_sample_names_each_problem()
    {
        var import = _h.Get<BoundaryImportService>();

        await using var units = File.OpenRead(Sample("demo-units.geojson"));
        var same = await import.ImportAsync(units, "demo-units.geojson", default);
        await using var bad = File.OpenRead(Sample("demo-bad-parts.geojson"));
        var refused = await import.ImportAsync(bad, "demo-bad-parts.geojson", default);

        Assert.Equal((8, 0, 0), (same.Unchanged, same.Added, same.Updated));
        Assert.Equal(3, refused.Problems.Count);
        Assert.Contains("swapped", refused.Problems[0].Message);
        Assert.Contains("crosses itself", refused.Problems[1].Message);
        Assert.Contains("no unit AC-299", refused.Problems[2].Message);
    }
}
