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
        if (value is not null && TryAddPlainAscii(value))
        {
            return this;
        }

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
        Ensure(21);
        buffer[length++] = (byte)'|';
        if (value is >= 0 and < 1_000_000_000_000)
        {
            // Ids, amounts, counts: plain digits, written from the last.
            var digits = 1;
            for (var rest = value / 10; rest > 0; rest /= 10)
            {
                digits++;
            }

            for (var i = length + digits - 1; i >= length; i--)
            {
                buffer[i] = (byte)('0' + value % 10);
                value /= 10;
            }

            length += digits;
            return this;
        }

        Utf8Formatter.TryFormat(value, buffer.AsSpan(length), out var written);
        length += written;
        return this;
    }

    /// <summary>
    /// The common case of a field (a code, a unit): short ASCII with nothing to escape, copied byte for byte.
    /// Anything else returns false, having written nothing, and takes the general path.
    /// </summary>
    private bool TryAddPlainAscii(string value)
    {
        if (value.Length > 64)
        {
            return false;
        }

        Ensure(value.Length + 1);
        var into = buffer.AsSpan(length + 1, value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x80 || c == '\\' || c == '|' || c == '\n' || c == '\r')
            {
                return false;
            }

            into[i] = (byte)c;
        }

        buffer[length] = (byte)'|';
        length += value.Length + 1;
        return true;
    }

    public CanonicalWriter Add(bool value)
    {
        Ensure(2);
        buffer[length] = (byte)'|';
        buffer[length + 1] = value ? (byte)'1' : (byte)'0';
        length += 2;
        return this;
    }

    /// <summary>Shortest exact form ("35400", "35400.5"); a whole non-negative amount is written without a string.</summary>
    public CanonicalWriter Add(decimal value)
    {
        // The usual amount read from the decimal's parts: no scale, not negative, below 2^40.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[3] == 0 && bits[2] == 0 && (uint)bits[1] < 256)
        {
            return Add(((long)(uint)bits[1] << 32) | (uint)bits[0]);
        }

        if (value.Scale == 0 ? !decimal.IsNegative(value) && value <= long.MaxValue
                : !decimal.IsNegative(value) && value <= long.MaxValue && value == decimal.Truncate(value))
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

        Ensure(11);
        var span = buffer.AsSpan(length, 11);
        var (year, month, day) = date;
        span[0] = (byte)'|';
        Digits(span.Slice(1, 4), year);
        span[5] = (byte)'-';
        Digits(span.Slice(6, 2), month);
        span[8] = (byte)'-';
        Digits(span.Slice(9, 2), day);
        length += 11;
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
