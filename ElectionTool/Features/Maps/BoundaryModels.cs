using NetTopologySuite.Geometries;

namespace ElectionTool.Features.Maps;

/// <summary>One feature read from a file: which unit (and part) it claims to be, and its outline.</summary>
/// <param name="Label">How the office would find it in the file: "feature 3 (AC-071 part 12)".</param>
public sealed record BoundaryFeature(int Index, string Label, string UnitKey, int? PartNumber, Geometry Geometry);

/// <summary>What is wrong with one feature (or the whole file when Index is 0).</summary>
public sealed record FeatureProblem(int Index, string Label, string Message)
{
    public override string ToString() => $"{Label}: {Message}";
}

public sealed record BoundaryFile(IReadOnlyList<BoundaryFeature> Features, IReadOnlyList<FeatureProblem> Problems);

/// <summary>An import: counts when saved, or every problem when nothing was saved.</summary>
public sealed record BoundaryImportReport(int Units, int Parts, int Added, int Updated, int Unchanged, IReadOnlyList<FeatureProblem> Problems)
{
    public bool Saved => Problems.Count == 0;
}
