using System.Globalization;
using System.Text;
using ElectionTool.Draw;

namespace ElectionTool.Features.Draw.Bundle;

/// <summary>
/// The private Id → person mapping of a run, in the canonical line format (docs/draw-algorithm.md, "The people
/// behind the Ids"), and its SHA-256 commitment. The mapping names people; only its hash is published.
/// </summary>
public static class DrawPeople
{
    public static string MappingText(string electionId, int stage, string inputHash, IEnumerable<DrawEmployee> pool, IReadOnlySet<long> ids)
    {
        var text = new StringBuilder();
        Line(text, "ElectionTool.Draw.People", electionId, stage.ToString(CultureInfo.InvariantCulture), inputHash);
        foreach (var e in pool.Where(e => ids.Contains(e.Id)).DistinctBy(e => e.Id).OrderBy(e => e.Id))
        {
            Line(text, "person", e.Id.ToString(CultureInfo.InvariantCulture), e.Epic, e.Name);
        }
        return text.ToString();
    }

    public static (string Sha256, int People) Commitment(string electionId, int stage, string inputHash, IEnumerable<DrawEmployee> pool, IReadOnlySet<long> ids)
    {
        var text = MappingText(electionId, stage, inputHash, pool, ids);
        return (CanonicalReader.Sha256(text), text.Count(c => c == '\n') - 1);
    }

    private static void Line(StringBuilder text, string tag, params string?[] fields)
    {
        text.Append(tag);
        foreach (var f in fields)
        {
            text.Append('|');
            if (f is null)
            {
                text.Append("\\0");
                continue;
            }
            foreach (var c in f)
            {
                text.Append(c switch { '\\' => "\\\\", '|' => "\\p", '\n' => "\\n", '\r' => "\\r", _ => c.ToString() });
            }
        }
        text.Append('\n');
    }
}
