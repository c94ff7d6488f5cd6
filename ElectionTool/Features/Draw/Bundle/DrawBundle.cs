using System.IO.Compression;
using System.Text;
using ElectionTool.Resources;

namespace ElectionTool.Features.Draw.Bundle;

/// <summary>
/// The audit bundle of one stage run: everything needed to re-run it with no database. As a zip it holds
/// README.txt, manifest.txt, input.txt, output.txt, seed.txt and (stages 2 and 3) previous-output.txt.
/// </summary>
public sealed record DrawBundle
{
    public required int Stage { get; init; }
    public required long RunId { get; init; }
    public required string ElectionId { get; init; }
    public required string AlgorithmVersion { get; init; }
    public required string Seed { get; init; }
    public required string InputHash { get; init; }
    public required string OutputHash { get; init; }
    public required string InputText { get; init; }
    public required string OutputText { get; init; }

    /// <summary>The output of the stage this one built on (stages 2 and 3): stage 2 reads the roles, stage 3 the parties.</summary>
    public string? PreviousOutputText { get; init; }

    /// <summary>SHA-256 of the private Id → person mapping.</summary>
    public required string PeopleCommitment { get; init; }

    /// <summary>Whether the texts carry names or EPIC numbers (ET-DRAW-1 inputs do; they must not be published).</summary>
    public required bool HoldsPersonalData { get; init; }

    public const string ReadmeFile = "README.txt", ManifestFile = "manifest.txt", InputFile = "input.txt",
        OutputFile = "output.txt", SeedFile = "seed.txt", PreviousFile = "previous-output.txt";

    public string FileName => $"draw-stage{Stage}-run{RunId}-bundle.zip";

    public byte[] ToZip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, ReadmeFile, DrawBundleReadme.For(this));
            Add(zip, ManifestFile, Manifest());
            Add(zip, InputFile, InputText);
            Add(zip, OutputFile, OutputText);
            Add(zip, SeedFile, Seed);
            if (PreviousOutputText is not null)
            {
                Add(zip, PreviousFile, PreviousOutputText);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Reads a bundle zip; a missing part or an unreadable file says which.</summary>
    public static DrawBundle FromZip(Stream stream)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException(UiText.Of("The file is not a zip: upload the bundle exactly as downloaded."));
        }
        using (zip)
        {
            string? Read(string name) => zip.GetEntry(name) is { } entry ? ReadText(entry) : null;
            string Need(string name) => Read(name) ?? throw new InvalidDataException(UiText.Format("The bundle has no {0}.", name));
            var m = ParseManifest(Need(ManifestFile));
            string Field(string key) => m.TryGetValue(key, out var v) ? v : throw new InvalidDataException(UiText.Format("manifest.txt has no '{0}' line.", key));
            return new DrawBundle
            {
                Stage = int.TryParse(Field("stage"), out var s) && s is >= 1 and <= 3 ? s : throw new InvalidDataException(UiText.Of("manifest.txt: stage must be 1, 2 or 3.")),
                RunId = long.TryParse(Field("run"), out var r) ? r : 0,
                ElectionId = Field("election"),
                AlgorithmVersion = Field("algorithm-version"),
                Seed = Need(SeedFile),
                InputHash = Field("input-sha256"),
                OutputHash = Field("output-sha256"),
                InputText = Need(InputFile),
                OutputText = Need(OutputFile),
                PreviousOutputText = Read(PreviousFile),
                PeopleCommitment = Field("people-commitment-sha256"),
                HoldsPersonalData = Field("personal-data") != "none",
            };
        }
    }

    private string Manifest()
    {
        var m = new StringBuilder();
        m.Append("format: ElectionTool.Draw.Bundle 1\n");
        m.Append($"stage: {Stage}\n");
        m.Append($"run: {RunId}\n");
        m.Append($"election: {ElectionId}\n");
        m.Append($"algorithm-version: {AlgorithmVersion}\n");
        m.Append($"input-sha256: {InputHash}\n");
        m.Append($"output-sha256: {OutputHash}\n");
        if (PreviousOutputText is not null)
        {
            m.Append($"previous-output-sha256: {ElectionTool.Draw.CanonicalReader.Sha256(PreviousOutputText)}\n");
        }
        m.Append($"people-commitment-sha256: {PeopleCommitment}\n");
        m.Append($"personal-data: {(HoldsPersonalData ? "names and EPIC numbers (ET-DRAW-1 input): do not publish" : "none")}\n");
        return m.ToString();
    }

    private static Dictionary<string, string> ParseManifest(string text) =>
        text.Split('\n').Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim()).ToDictionary(g => g.Key, g => g.First()[1].Trim());

    // Each entry holds exactly the bytes that were hashed: UTF-8, no BOM, no added newline; a fixed date keeps zips reproducible.
    private static void Add(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(new UTF8Encoding(false).GetBytes(text));
    }

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        try
        {
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException(UiText.Format("{0} is not UTF-8 text.", entry.FullName));
        }
    }
}
