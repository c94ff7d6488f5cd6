using System.Buffers;

namespace ElectionTool.Draw;

/// <summary>
/// Scratch of an exact length on a rented array, given back on <see cref="Dispose"/> (use it with <c>using</c>): the
/// one way the engine borrows an array for a moment. A placement attempt needs a dozen arrays of a role's size; renting
/// them spares each attempt a megabyte of garbage. The items start with whatever the array held: write before reading.
/// Items holding references (employee records) are cleared on the way back, so a pooled array keeps no one alive.
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

    /// <summary>The same items as a segment of the rented array, for a method that takes a list; valid until <see cref="Dispose"/>.</summary>
    public readonly ArraySegment<T> Segment => new(rented ?? throw new ObjectDisposedException(nameof(RentedSpan<T>)), 0, Span.Length);

    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            rented = null;
        }
    }
}
