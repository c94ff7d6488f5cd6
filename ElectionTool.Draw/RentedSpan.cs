using System.Buffers;

namespace ElectionTool.Draw;

/// <summary>
/// Scratch of an exact length on a rented array, given back on <see cref="Dispose"/> (use it with <c>using</c>). A
/// placement attempt needs a dozen arrays of a role's size for a moment; renting them spares each attempt a megabyte of
/// garbage. The items start with whatever the array held: write before reading.
/// </summary>
internal ref struct RentedSpan<T>
{
    private T[]? rented;

    public RentedSpan(int length)
    {
        rented = ArrayPool<T>.Shared.Rent(length);
        Span = rented.AsSpan(0, length);
    }

    public Span<T> Span { get; }

    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented);
            rented = null;
        }
    }
}
