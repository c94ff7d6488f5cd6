using System.IO.Compression;
using System.Text;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Draw.Bundle;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Draw.Bundle;

/// <summary>
/// The issue's "done" test: a bundle downloaded from a draw on the demo district (Hindi and English names, EPICs,
/// mobiles) can be published as it is — no file of the zip holds a name, EPIC or mobile number — and it re-runs.
/// </summary>
public sealed class DemoDistrictBundleTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.Get<DemoDistrictSeeder>().SeedAsync(60, reset: false, default, employeeCount: 3000);
        await _h.Get<DrawService>().AcceptAllAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Every_file_of_a_demo_district_bundle_is_free_of_names_epics_and_mobiles_and_reproduces()
    {
        await using var db = _h.Db();
        var people = await db.Employees.AsNoTracking().Select(e => new { e.Name, e.Epic, e.Mobile }).ToListAsync();
        Assert.True(people.Count > 1000);
        var names = people.Select(p => p.Name).Where(n => n.Length > 3).ToHashSet(StringComparer.Ordinal);
        var epics = people.Select(p => p.Epic).Where(e => !string.IsNullOrEmpty(e)).ToHashSet(StringComparer.Ordinal);
        var mobiles = people.Select(p => p.Mobile).ToHashSet(StringComparer.Ordinal);
        var bundles = _h.Get<DrawBundleService>();

        foreach (var stage in DrawStages.All)
        {
            var run = await bundles.FindRunAsync(stage, null, default);
            var zipBytes = (await bundles.BuildAsync(run!.Value, default)).ToZip();
            using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                // Every run of letters, digits and Devanagari marks is a token: EPICs and mobiles are whole tokens;
                // a name (several words) is searched as a substring.
                var tokens = System.Text.RegularExpressions.Regex.Split(text, @"[^\p{L}\p{M}\p{N}]+").ToHashSet(StringComparer.Ordinal);
                Assert.False(tokens.Overlaps(epics), $"Stage {stage}, {entry.FullName}: holds an EPIC number.");
                Assert.False(tokens.Overlaps(mobiles), $"Stage {stage}, {entry.FullName}: holds a mobile number.");
                var name = names.FirstOrDefault(n => text.Contains(n, StringComparison.Ordinal));
                Assert.True(name is null, $"Stage {stage}, {entry.FullName}: holds the name '{name}'.");
            }

            var verdict = DrawBundleVerifier.Verify(DrawBundle.FromZip(new MemoryStream(zipBytes)));
            Assert.True(verdict.Reproduced, $"Stage {stage}: " + string.Join("; ", verdict.Checks.Where(c => !c.Passed).Select(c => $"{c.Part}: {c.Message}")));
        }
    }
}
