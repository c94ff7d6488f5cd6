using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace ElectionTool.Draw;

/// <summary>
/// Writes the documented line format as UTF-8 straight into a buffer that is hashed in 64 KB chunks, so a
/// 60,000-person pool is hashed once without building strings. Optionally keeps the text for audits and the
/// spec's examples.
/// </summary>
internal sealed class CanonicalWriter : IDisposable
{
    private const int ChunkSize = 1 << 16;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly MemoryStream? text;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private int length;
    private bool inLine;

    public CanonicalWriter(bool keepText = false) => text = keepText ? new MemoryStream() : null;

    /// <summary>The exact text hashed so far (call after the last line, before <see cref="HashHex"/>).</summary>
    public string? Text
    {
        get
        {
            if (text is null)
            {
                return null;
            }

            Flush();
            return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
        }
    }

    public CanonicalWriter Begin(string tag)
    {
        inLine = true;
        var fields = Fields();
        fields.Raw(tag);
        fields.Commit();
        return this;
    }

    /// <summary>
    /// Begins a line whose fields the caller writes through the returned writer (one local for the whole line, see
    /// <see cref="CanonicalFieldWriter"/>); its <see cref="CanonicalFieldWriter.End"/> closes it.
    /// </summary>
    public CanonicalFieldWriter Begin(ReadOnlySpan<byte> tag)
    {
        inLine = true;
        var fields = Fields();
        fields.Raw(tag);
        return fields;
    }

    public CanonicalWriter Add(string? value)
    {
        var fields = Fields();
        fields.Add(value);
        fields.Commit();
        return this;
    }

    public CanonicalWriter Add(long value)
    {
        var fields = Fields();
        fields.Add(value);
        fields.Commit();
        return this;
    }

    public CanonicalWriter Add(bool value)
    {
        var fields = Fields();
        fields.Add(value);
        fields.Commit();
        return this;
    }

    /// <summary>Shortest exact form ("35400", "35400.5").</summary>
    public CanonicalWriter Add(decimal value)
    {
        var fields = Fields();
        fields.Add(value);
        fields.Commit();
        return this;
    }

    /// <summary>yyyy-MM-dd, or the null mark.</summary>
    public CanonicalWriter Add(DateOnly? value)
    {
        var fields = Fields();
        fields.Add(value);
        fields.Commit();
        return this;
    }

    public void End()
    {
        var fields = Fields();
        fields.End();
    }

    /// <summary>A line's end, written by its field writer: everything before <paramref name="end"/> is written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void EndLine(int end)
    {
        if (!inLine)
        {
            NotInLine();
        }

        length = end;
        inLine = false;
    }

    [DoesNotReturn]
    private static void NotInLine() => throw new InvalidOperationException("Begin a line first.");

    public string HashHex()
    {
        Flush();
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public void Dispose()
    {
        hash.Dispose();
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private CanonicalFieldWriter Fields() => new(this, buffer, length);

    /// <summary>A field writer's position handed back: everything before it is written.</summary>
    internal void Advance(int end) => length = end;

    /// <summary>
    /// Room for <paramref name="count"/> more bytes after a field writer's <paramref name="end"/> (flushing what is
    /// written): the buffer and the position to write at.
    /// </summary>
    internal (byte[] Buffer, int At) Room(int end, int count)
    {
        length = end;
        Ensure(count);
        return (buffer, length);
    }

    private void Ensure(int count)
    {
        if (length + count <= buffer.Length)
        {
            return;
        }

        Flush();
        if (count > buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(count);
        }
    }

    private void Flush()
    {
        hash.AppendData(buffer, 0, length);
        text?.Write(buffer, 0, length);
        length = 0;
    }
}
