using System.Globalization;

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

    internal static void Note(FormattableString line) => lines?.Add(line.ToString(CultureInfo.InvariantCulture));

    internal static string Ids(IEnumerable<long> ids) => string.Join(" ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
