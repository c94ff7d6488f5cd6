using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
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
    private static readonly SearchValues<char> Special = SearchValues.Create("\\|\n\r");
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
        WriteRaw(tag);
        return this;
    }

    public CanonicalWriter Add(string? value)
    {
        Byte((byte)'|');
        if (value is null)
        {
            Byte((byte)'\\');
            Byte((byte)'0');
            return this;
        }
        if (value.AsSpan().IndexOfAny(Special) < 0)
        {
            WriteRaw(value);
            return this;
        }
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': escaped.Append("\\\\"); break;
                case '|': escaped.Append("\\p"); break;
                case '\n': escaped.Append("\\n"); break;
                case '\r': escaped.Append("\\r"); break;
                default: escaped.Append(c); break;
            }
        }
        WriteRaw(escaped.ToString());
        return this;
    }

    public CanonicalWriter Add(long value)
    {
        Byte((byte)'|');
        Ensure(20);
        Utf8Formatter.TryFormat(value, buffer.AsSpan(length), out var written);
        length += written;
        return this;
    }

    public CanonicalWriter Add(bool value)
    {
        Byte((byte)'|');
        Byte(value ? (byte)'1' : (byte)'0');
        return this;
    }

    /// <summary>Shortest exact form ("35400", "35400.5"); a whole non-negative amount is written without a string.</summary>
    public CanonicalWriter Add(decimal value)
    {
        if (!decimal.IsNegative(value) && value <= long.MaxValue && value == decimal.Truncate(value))
        {
            return Add((long)value);
        }

        return Add(value.ToString("0.############################", CultureInfo.InvariantCulture));
    }

    /// <summary>yyyy-MM-dd, or the null mark.</summary>
    public CanonicalWriter Add(DateOnly? value)
    {
        if (value is not { } date)
        {
            return Add((string?)null);
        }

        Byte((byte)'|');
        Ensure(10);
        var span = buffer.AsSpan(length, 10);
        Digits(span[..4], date.Year);
        span[4] = (byte)'-';
        Digits(span.Slice(5, 2), date.Month);
        span[7] = (byte)'-';
        Digits(span.Slice(8, 2), date.Day);
        length += 10;
        return this;
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }

    public void End()
    {
        if (!inLine)
        {
            throw new InvalidOperationException("Begin a line first.");
        }

        Byte((byte)'\n');
        inLine = false;
    }

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

    private void WriteRaw(string s)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(s.Length));
        length += Encoding.UTF8.GetBytes(s, buffer.AsSpan(length));
    }

    private void Byte(byte b)
    {
        Ensure(1);
        buffer[length++] = b;
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
