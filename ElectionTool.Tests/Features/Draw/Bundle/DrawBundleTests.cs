using System.Text;
using ElectionTool.Cli;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Draw.Bundle;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Draw.Bundle;

/// <summary>Audit bundles of real runs: they re-run with no database, and any changed byte is named.</summary>
public sealed class DrawBundleTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private readonly Dictionary<int, long> _runs = [];

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DistrictAsync();
        var draws = _h.Get<DrawService>();
        foreach (var stage in DrawStages.All)
        {
            _runs[stage] = (await draws.AcceptStageAsync(stage)).Id;
        }
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<DrawBundle> DownloadAsync(int stage)
    {
        var bundle = await _h.Get<DrawBundleService>().BuildAsync(_runs[stage], default);
        using var zip = new MemoryStream(bundle.ToZip());
        return DrawBundle.FromZip(zip);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_downloaded_bundle_reproduces_its_stage_from_the_zip_alone(int stage)
    {
        var bundle = await DownloadAsync(stage);

        var verdict = DrawBundleVerifier.Verify(bundle);

        Assert.True(verdict.Reproduced, string.Join("\n", verdict.Checks.Where(c => !c.Passed).Select(c => $"{c.Part}: {c.Message}")));
        Assert.Contains(verdict.Checks, c => c.Part == "re-run" && c.Passed);
        Assert.Equal(stage > 1, bundle.PreviousOutputText is not null);
        await using var db = _h.Db();
        var run = await db.Set<DrawRun>().SingleAsync(r => r.Id == _runs[stage]);
        Assert.Equal(run.InputHash, CanonicalReader.Sha256(bundle.InputText));
        Assert.Equal(run.OutputHash, CanonicalReader.Sha256(bundle.OutputText));
        Assert.Equal(run.Seed, bundle.Seed);
        Assert.Equal(run.AlgorithmVersion, bundle.AlgorithmVersion);
        var recorded = await db.Set<DrawPeopleCommitment>().SingleAsync(c => c.RunId == run.Id);
        Assert.Equal(recorded.Sha256, bundle.PeopleCommitment);
    }

    [Theory]
    [InlineData(1, "input")]
    [InlineData(1, "output")]
    [InlineData(1, "seed")]
    [InlineData(2, "input")]
    [InlineData(2, "output")]
    [InlineData(2, "seed")]
    [InlineData(2, "previous")]
    [InlineData(3, "input")]
    [InlineData(3, "output")]
    [InlineData(3, "seed")]
    [InlineData(3, "previous")]
    public async Task One_changed_byte_is_caught_and_the_message_names_the_part(int stage, string part)
    {
        var bundle = await DownloadAsync(stage);
        var tampered = part switch
        {
            "input" => bundle with { InputText = ChangeOneByteInLastLine(bundle.InputText) },
            "output" => bundle with { OutputText = ChangeOneByteInLastLine(bundle.OutputText) },
            "seed" => bundle with { Seed = ChangeOneByte(bundle.Seed) },
            _ => bundle with { PreviousOutputText = ChangeOneByte(bundle.PreviousOutputText!) },
        };
        using var zip = new MemoryStream(tampered.ToZip());

        var verdict = DrawBundleVerifier.Verify(DrawBundle.FromZip(zip));

        Assert.False(verdict.Reproduced);
        Assert.Equal(part, verdict.FailedParts.First());
        Assert.Contains("changed", verdict.Checks.First(c => !c.Passed).Message);
        // The parts left alone still check out, so the message points at the one that was changed.
        foreach (var untouched in new[] { "input", "output", "seed", "previous" }.Where(p => p != part))
        {
            Assert.DoesNotContain(untouched, verdict.FailedParts.Where(p => p != "re-run"));
        }
    }

    [Fact]
    public async Task Draw_bundle_writes_a_zip_that_draw_verify_bundle_reproduces_without_a_database()
    {
        var folder = Directory.CreateTempSubdirectory("draw-bundle-").FullName;
        try
        {
            var file = Path.Combine(folder, "stage2.zip");
            Assert.Equal(0, await CommandLine.RunAsync(_h.Services, ["draw", "bundle", "--stage", "2", "--out", file]));
            Assert.Equal(0, DrawBundleCommand.VerifyOffline(["draw", "verify", "--bundle", file]));

            var bytes = await File.ReadAllBytesAsync(file);
            var bundle = DrawBundle.FromZip(new MemoryStream(bytes));
            var tampered = bundle with { Seed = ChangeOneByte(bundle.Seed) };
            await File.WriteAllBytesAsync(file, tampered.ToZip());
            Assert.Equal(1, DrawBundleCommand.VerifyOffline(["draw", "verify", "--bundle", file]));
            await File.WriteAllTextAsync(file, "not a zip");
            Assert.Equal(1, DrawBundleCommand.VerifyOffline(["draw", "verify", "--bundle", file]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_readme_says_how_to_check_and_an_ET_DRAW_1_bundle_is_marked_not_for_publishing()
    {
        var bundle = await _h.Get<DrawBundleService>().BuildAsync(_runs[1], default);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bundle.ToZip()));
        var readme = new StreamReader(zip.GetEntry("README.txt")!.Open()).ReadToEnd();

        Assert.Contains("draw verify --bundle", readme);
        Assert.Contains("sha256sum input.txt", readme);
        Assert.Contains(bundle.InputHash, readme);
        Assert.Equal(bundle.AlgorithmVersion == "ET-DRAW-1", bundle.HoldsPersonalData);
        Assert.Equal(bundle.HoldsPersonalData, readme.Contains("Do not publish"));
    }

    [Fact]
    public async Task The_people_mapping_hashes_to_the_commitment_in_the_bundle()
    {
        var bundle = await _h.Get<DrawBundleService>().BuildAsync(_runs[2], default);
        var mapping = await _h.Get<DrawBundleService>().MappingAsync(_runs[2], default);

        Assert.Equal(bundle.PeopleCommitment, CanonicalReader.Sha256(mapping));
        var ids = mapping.Split('\n').Where(l => l.StartsWith("person|")).Select(l => long.Parse(l.Split('|')[1])).ToList();
        var drafted = CanonicalReader.ReadStageOne(bundle.PreviousOutputText!).Assignments.Select(a => a.EmployeeId).Order();
        Assert.Equal(drafted, ids);
    }

    /// <summary>A body line, not the header, so the change concerns this part and no hash it names.</summary>
    internal static string ChangeOneByteInLastLine(string text)
    {
        var start = text.LastIndexOf('\n', text.Length - 2) + 1;
        return ChangeOneByte(text, start + (text.Length - start) / 2);
    }

    /// <summary>Changes one character (from the middle on) to another of the same kind: digit or lowercase letter.</summary>
    internal static string ChangeOneByte(string text, int from = -1)
    {
        from = from < 0 ? text.Length / 2 : from;
        for (var i = from; i < text.Length + from; i++)
        {
            var at = i % text.Length;
            var c = text[at];
            char? swapped = c is >= '0' and <= '8' ? (char)(c + 1) : c == '9' ? '0' : c is >= 'a' and <= 'y' ? (char)(c + 1) : null;
            if (swapped is { } s)
            {
                return new StringBuilder(text) { [at] = s }.ToString();
            }
        }
        throw new InvalidOperationException("Nothing to change.");
    }
}
