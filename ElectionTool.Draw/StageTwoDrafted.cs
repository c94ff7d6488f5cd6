using System.Buffers;
using System.Collections;

namespace ElectionTool.Draw;

/// <summary>
/// Stage 1's drafted people with their roles, as stage 2 reads them out of the pool. Held on a rented array (for a
/// district, a large object every draw) that <see cref="Dispose"/> gives back; read as a list, or in place as a span.
/// </summary>
internal sealed class StageTwoDrafted : IReadOnlyList<(DrawEmployee Person, Role Role)>, IDisposable
{
    private (DrawEmployee Person, Role Role)[] items;

    /// <param name="capacity">The most that will be added.</param>
    public StageTwoDrafted(int capacity) => items = ArrayPool<(DrawEmployee, Role)>.Shared.Rent(capacity);

    public int Count { get; private set; }

    public ReadOnlySpan<(DrawEmployee Person, Role Role)> Span => items.AsSpan(0, Count);

    public (DrawEmployee Person, Role Role) this[int index] => Span[index];

    public static implicit operator ReadOnlySpan<(DrawEmployee Person, Role Role)>(StageTwoDrafted drafted) => drafted.Span;

    public void Add((DrawEmployee Person, Role Role) item) => items[Count++] = item;

    public IEnumerator<(DrawEmployee Person, Role Role)> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Gives the array back (the records let go); the list is empty from then on.</summary>
    public void Dispose()
    {
        if (items.Length > 0)
        {
            ArrayPool<(DrawEmployee, Role)>.Shared.Return(items, clearArray: true);
            (items, Count) = ([], 0);
        }
    }
}
