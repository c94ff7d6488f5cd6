using ElectionTool.Draw;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Draw.Bundle;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Draw.Bundle;

/// <summary>
/// A bundle drawn under the current algorithm can be published: no name, EPIC or mobile number in any of its files.
/// ET-DRAW-1's canonical input carried each person's EPIC and name, so its bundles say "do not publish"
/// (<see cref="DrawBundleService.HoldsPersonalData"/>); ET-DRAW-2's input is pseudonymous.
/// </summary>
public sealed class BundlePrivacyTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DistrictAsync();
        await _h.Get<DrawService>().AcceptAllAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task A_bundle_of_the_current_algorithm_holds_no_name_epic_or_mobile()
    {
        await using var db = _h.Db();
        var people = await db.Employees.AsNoTracking().Select(e => new { e.Name, e.Epic, e.Mobile }).ToListAsync();
        var personal = people.SelectMany(p => new[] { p.Name, p.Epic, p.Mobile }).Where(v => !string.IsNullOrEmpty(v)).ToHashSet();
        var bundles = _h.Get<DrawBundleService>();

        foreach (var stage in DrawStages.All)
        {
            var run = await bundles.FindRunAsync(stage, null, default);
            var bundle = await bundles.BuildAsync(run!.Value, default);
            var found = new[] { bundle.InputText, bundle.OutputText, bundle.PreviousOutputText ?? "", bundle.Seed }
                .SelectMany(text => text.Split('\n')).SelectMany(line => line.Split('|'))
                .Where(personal.Contains).Distinct().Take(5).ToList();

            Assert.True(found.Count == 0,
                $"Stage {stage} bundle ({DrawAlgorithm.Version}) names people: {string.Join(", ", found)}. " +
                "ET-DRAW-1 inputs carry names and EPICs; this passes once ET-DRAW-2 is merged.");
            Assert.False(bundle.HoldsPersonalData);
        }
    }
}
