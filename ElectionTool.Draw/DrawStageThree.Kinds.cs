namespace ElectionTool.Draw;

// Station and polling party kinds (all-women or not, with a 4th officer or not): stations and parties meet only within
// a unit's kind.
public static partial class DrawStageThree
{
    /// <summary>How many kinds of station (and polling party) there are: see <see cref="Kind"/>.</summary>
    private const int KindCount = 4;

    /// <summary>
    /// Writes one unit's stations into <paramref name="into"/> kind by kind (each kind's in their given order); kind k's
    /// are from <paramref name="kindStart"/>[k] to [k + 1].
    /// </summary>
    private static void ByKind(DrawSettings settings, ReadOnlySpan<DrawStation> unitStations, Span<DrawStation> into, Span<int> kindStart)
    {
        Span<int> next = stackalloc int[KindCount];
        foreach (var s in unitStations)
        {
            next[KindOf(settings, s)]++;
        }

        kindStart[0] = 0;
        for (var k = 0; k < KindCount; k++)
        {
            kindStart[k + 1] = kindStart[k] + next[k];
            next[k] = kindStart[k];
        }

        foreach (var s in unitStations)
        {
            into[next[KindOf(settings, s)]++] = s;
        }
    }

    private static int KindOf(DrawSettings settings, DrawStation station) =>
        Kind(DrawPlan.IsAllWomen(settings, station), DrawPlan.NeedsFourth(settings, station));

    /// <summary>0: all-women with a 4th officer, 1: all-women, 2: with a 4th officer, 3: ordinary.</summary>
    internal static int Kind(bool allWomen, bool fourth) => (allWomen ? 0 : 2) + (fourth ? 0 : 1);

    internal static string KindName(int kind) => kind switch
    {
        0 => "women-managed, 4th officer",
        1 => "women-managed",
        2 => "4th officer",
        _ => "ordinary",
    };
}
