using System.Buffers;

namespace ElectionTool.Draw;

/// <summary>
/// Numbers distinct employee ids 0, 1, 2, … in the order they are first added, and finds an id's number again. Ids
/// are usually dense (a database's running numbers), so they are kept in a plain array over their range, where a
/// look-up is one read; scattered ids go into a dictionary. The array spans every id of a district's drafted, a large
/// object each draw: it is rented and given back on <see cref="Dispose"/>.
/// </summary>
internal sealed class IdSlots : IDisposable
{
    /// <summary>The array may span at most this many slots per id it holds (beyond that the ids count as scattered).</summary>
    private const int MostSpanPerId = 8;

    private readonly long lowest;
    private int[]? byOffset;

    /// <summary>How many slots of <see cref="byOffset"/> are in use (the rented array may be longer).</summary>
    private readonly int spanned;
    private readonly Dictionary<long, int>? byId;

    /// <param name="ids">All the ids that will be added (repeats allowed), read once for their range.</param>
    public IdSlots(ReadOnlySpan<long> ids)
    {
        if (ids.IsEmpty)
        {
            byId = [];
            return;
        }

        var (lowest, highest) = (ids[0], ids[0]);
        foreach (var id in ids)
        {
            (lowest, highest) = (Math.Min(lowest, id), Math.Max(highest, id));
        }

        // Unsigned: the difference of any two longs fits.
        var span = (ulong)(highest - lowest);
        if (span < (ulong)ids.Length * MostSpanPerId + 1024)
        {
            this.lowest = lowest;
            spanned = (int)span + 1;
            byOffset = ArrayPool<int>.Shared.Rent(spanned);
            Array.Fill(byOffset, -1, 0, spanned);
        }
        else
        {
            byId = new Dictionary<long, int>(ids.Length);
        }
    }

    /// <summary>Whether the ids are kept in an array (a look-up is one read), not a dictionary.</summary>
    public bool Dense => byOffset is not null;

    /// <summary>How many distinct ids have been added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds the id (one of those given at construction) unless it is there; true when it was new.</summary>
    public bool TryAdd(long id)
    {
        if (byOffset is null ? !byId!.TryAdd(id, Count) : byOffset[id - lowest] >= 0)
        {
            return false;
        }

        if (byOffset is not null)
        {
            byOffset[id - lowest] = Count;
        }

        Count++;
        return true;
    }

    /// <summary>The id's number, or -1 when it was never added (any id may be asked).</summary>
    public int Of(long id)
    {
        if (byOffset is null)
        {
            return byId!.TryGetValue(id, out var slot) ? slot : -1;
        }

        var offset = (ulong)(id - lowest);
        return offset < (ulong)spanned ? byOffset[offset] : -1;
    }

    /// <summary>The numbers of all ids added, from the lowest id to the highest.</summary>
    public int[] InIdOrder()
    {
        if (byOffset is null)
        {
            var (ids, slots) = (byId!.Keys.ToArray(), byId.Values.ToArray());
            Array.Sort(ids, slots);
            return slots;
        }

        var order = new int[Count];
        var at = 0;
        foreach (var slot in byOffset.AsSpan(0, spanned))
        {
            if (slot >= 0)
            {
                order[at++] = slot;
            }
        }

        return order;
    }

    /// <summary>Gives the array back; the slots are not to be asked after this.</summary>
    public void Dispose()
    {
        if (byOffset is { } array)
        {
            ArrayPool<int>.Shared.Return(array);
            byOffset = [];
        }
    }
}
