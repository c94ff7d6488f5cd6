using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ElectionTool.Draw;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

/// <summary>
/// The field writer's fast forms (plain ASCII copied as bytes, ids two digits at a time, whole amounts from the decimal's
/// parts, dates without a formatter) spell every value as docs/draw-algorithm.md §2 says, here worked out the slow way.
/// </summary>
public class CanonicalFieldWriterTests
{
    private static readonly string[] Texts =
    [
        "", "x", "AC-001", "OFF-0706", "D25", "Booth 17", "A|B", "\\", "a\\b|c\nd\re", "|||", "\t", "\u007f", " ~", "é", "दफ़्तर",
        "😀", "\ud800", "x\udc00y", "abcdefgh|", "abc|defgh", "\\abcdefg", "0123456789abcdef\n", new string('a', 70_000) + "|",
    ];

    [Fact]
    public void A_text_is_written_with_the_specified_escapes_as_UTF8()
    {
        // Every text, also with a plain prefix of each length, so an escape falls at every place of a copied block.
        foreach (var text in Texts.Concat(Texts.SelectMany(t => Enumerable.Range(1, 9).Select(n => new string('p', n) + t))))
        {
            var escaped = text.Replace("\\", "\\\\").Replace("|", "\\p").Replace("\n", "\\n").Replace("\r", "\\r");
            AssertLine(w => w.Add(text), escaped);
        }

        AssertLine(w => w.Add((string?)null), "\\0");
    }

    [Fact]
    public void Numbers_amounts_dates_and_flags_are_written_in_their_invariant_forms()
    {
        var random = new Random(7);
        long[] edges = [0, 9, 10, 99, 100, 99_999_999, 100_000_000, -1, long.MinValue, long.MaxValue];
        foreach (var value in edges.Concat(Enumerable.Range(0, 2000).Select(_ => random.NextInt64(-1L << 40, 1L << 40) >> random.Next(40))))
        {
            AssertLine(w => w.Add(value), value.ToString(CultureInfo.InvariantCulture));
        }

        decimal[] amounts = [0m, 35400m, 35400.50m, 123.50m, 50000.00m, -3m, 1e-28m, decimal.MaxValue, decimal.MinValue, 1099511627776m];
        foreach (var value in amounts.Concat(Enumerable.Range(0, 2000).Select(_ => new decimal(random.Next(), random.Next(4), 0, random.Next(2) == 0, (byte)random.Next(12)))))
        {
            AssertLine(w => w.Add(value), value.ToString("0.############################", CultureInfo.InvariantCulture));
        }

        foreach (var date in new[] { DateOnly.MinValue, DateOnly.MaxValue }.Concat(Enumerable.Range(0, 2000).Select(_ => DateOnly.FromDayNumber(random.Next(DateOnly.MaxValue.DayNumber)))))
        {
            AssertLine(w => w.Add(date), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        AssertLine(w => w.Add((DateOnly?)null), "\\0");
        AssertLine(w => w.Add(true), "1");
        AssertLine(w => w.Add(false), "0");
    }

    private static void AssertLine(Action<CanonicalWriter> field, string expected)
    {
        using var w = new CanonicalWriter(keepText: true);
        w.Begin("t");
        field(w);
        w.End();
        var bytes = Encoding.UTF8.GetBytes("t|" + expected + "\n");
        Assert.Equal(Encoding.UTF8.GetString(bytes), w.Text);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), w.HashHex());
    }
}
