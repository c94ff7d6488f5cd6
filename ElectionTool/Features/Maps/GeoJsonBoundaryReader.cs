using System.Text.Json;
using ElectionTool.Resources;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace ElectionTool.Features.Maps;

/// <summary>Reads unit and part boundaries from a GeoJSON FeatureCollection, one problem per bad feature.</summary>
public static class GeoJsonBoundaryReader
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory(MapGeometry.Factory) } };

    public static BoundaryFile Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return Refused(UiText.Format("the file is not valid JSON ({0})", e.Message));
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (type == "Feature")
            {
                return ReadFeatures([root]);
            }

            if (type != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                return Refused(UiText.Of("the file is not a GeoJSON FeatureCollection (its \"type\" must be \"FeatureCollection\" with a \"features\" list)"));
            }

            return ReadFeatures(features.EnumerateArray().ToList());
        }
    }

    private static BoundaryFile ReadFeatures(IReadOnlyList<JsonElement> features)
    {
        var read = new List<BoundaryFeature>();
        var problems = new List<FeatureProblem>();
        for (var i = 0; i < features.Count; i++)
        {
            var index = i + 1;
            var feature = features[i];
            var properties = feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
            var (unit, part, keyProblem) = BoundaryKeys.Read(name => Property(properties, name));
            var label = UiText.Format("Feature {0}", index) + BoundaryKeys.Describe(unit, part);
            if (keyProblem is not null)
            {
                problems.Add(new FeatureProblem(index, label, keyProblem));
                continue;
            }

            if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var shape) || shape.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new FeatureProblem(index, label, UiText.Of("it has no geometry")));
                continue;
            }

            Geometry? geometry;
            try
            {
                geometry = shape.Deserialize<Geometry>(Options);
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or NotSupportedException)
            {
                problems.Add(new FeatureProblem(index, label, UiText.Format("its geometry cannot be read ({0})", e.Message)));
                continue;
            }

            if (MapGeometry.PolygonProblem(geometry) is { } problem)
            {
                problems.Add(new FeatureProblem(index, label, problem));
                continue;
            }

            read.Add(new BoundaryFeature(index, label, unit!, part, geometry!));
        }

        return new BoundaryFile(read, problems);
    }

    private static string? Property(JsonElement properties, string name)
    {
        if (properties.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in properties.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => null,
                };
            }
        }

        return null;
    }

    internal static BoundaryFile Refused(string message) => new([], [new FeatureProblem(0, UiText.Of("The file"), message)]);
}
