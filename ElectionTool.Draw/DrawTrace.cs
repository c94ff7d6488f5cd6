using System.Globalization;
using System.Runtime.CompilerServices;

namespace ElectionTool.Draw;

/// <summary>
/// The intermediate steps of a draw, written as text lines while a trace is open on this thread: every bounded
/// random number, every list after a shuffle, every seat and swap. Used for the worked examples in
/// docs/draw-algorithm.md; off (and free) otherwise.
/// </summary>
public static class DrawTrace
{
    [ThreadStatic]
    private static List<string>? lines;

    /// <summary>Runs <paramref name="work"/> and returns it with the lines it traced.</summary>
    public static (T Result, IReadOnlyList<string> Lines) Capture<T>(Func<T> work)
    {
        var previous = lines;
        lines = [];
        try
        {
            var result = work();
            return (result, lines);
        }
        finally
        {
            lines = previous;
        }
    }

    internal static bool On => lines is not null;

    internal static void Note(string line) => lines?.Add(line);

    /// <summary>Formats the line only while a trace is open: a draw with no trace builds no text at all.</summary>
    internal static void Note(TraceLine line)
    {
        if (lines is not null)
        {
            lines.Add(line.ToStringAndClear());
        }
    }

    internal static string Ids(IEnumerable<long> ids) => string.Join(" ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>
/// The interpolated text of a trace line, formatted (invariant culture) only when a trace is open, so the
/// arguments of a line — a list of 60,000 ids, say — are not even evaluated in an ordinary draw.
/// </summary>
[InterpolatedStringHandler]
internal ref struct TraceLine
{
    private DefaultInterpolatedStringHandler text;

    public TraceLine(int literalLength, int formattedCount, out bool isEnabled)
    {
        isEnabled = DrawTrace.On;
        text = isEnabled ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    public void AppendLiteral(string value) => text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

    public void AppendFormatted(string? value) => text.AppendFormatted(value);

    public string ToStringAndClear() => text.ToStringAndClear();
}
