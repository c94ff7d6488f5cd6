using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ElectionTool.Draw;

/// <summary>
/// Writes the fields of canonical lines into a <see cref="CanonicalWriter"/>'s buffer: the one home of how each
/// field type is spelt. A local of this type keeps the buffer and position in registers, so a hot line (60,000
/// employee lines in a stage-1 text) checks for room with a compare per field instead of reading and writing the
/// writer's fields; <see cref="Commit"/> hands the position back. Use one at a time, and write nothing else to the
/// writer until it is committed.
/// <para>
/// Each <c>Add</c> makes room for its field and then <c>Put</c>s it. A line whose length is bounded ahead (the employee
/// line) makes room once with <see cref="Reserve"/> and <c>Put</c>s its fields: no room check per field, and no call
/// out to grow the buffer in the middle of the line, which kept the line's values in registers (measured: a tenth of a
/// stage-1 input hash). A <c>Put</c> past the buffer's end throws (a span's bounds check, the encoder's or the formatter's
/// refusal); it never writes a field short.
/// </para>
/// </summary>
internal ref struct CanonicalFieldWriter
{
    // Room a field can take at most: '|' and "-9223372036854775808"; '|' and yyyy-MM-dd; '|', sign, 29 digits and the
    // point of the widest amount, rounded up; '|' and the null mark; '|' and 0 or 1.
    public const int LongRoom = 21;
    public const int DateRoom = 11;
    public const int DecimalRoom = 40;
    public const int NullRoom = 3;
    public const int BoolRoom = 2;

    private const string ShortestAmount = "0.############################";
    private static readonly SearchValues<char> Escaped = SearchValues.Create("\\|\n\r");

    private readonly CanonicalWriter writer;
    private Span<byte> into;
    private int at;

    public CanonicalFieldWriter(CanonicalWriter writer, byte[] buffer, int length)
    {
        this.writer = writer;
        into = buffer;
        at = length;
    }

    /// <summary>Gives the position back to the writer; the fields written so far are then part of its text.</summary>
    public readonly void Commit() => writer.Advance(at);

    /// <summary>Ends the line begun with <see cref="CanonicalWriter.Begin(ReadOnlySpan{byte})"/> and commits it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void End()
    {
        Byte((byte)'\n');
        writer.EndLine(at);
    }

    /// <summary>Text as it is, no separator: a line's tag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raw(ReadOnlySpan<byte> utf8)
    {
        Room(utf8.Length);
        utf8.CopyTo(into[at..]);
        at += utf8.Length;
    }

    /// <summary>Text as it is, no separator, encoded as UTF-8.</summary>
    public void Raw(string text)
    {
        Room(Encoding.UTF8.GetMaxByteCount(text.Length));
        at += Encoding.UTF8.GetBytes(text, into[at..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Byte(byte value)
    {
        Room(1);
        into[at++] = value;
    }

    /// <summary>Makes room for <paramref name="count"/> bytes, for the <c>Put</c>s of one line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Reserve(int count) => Room(count);

    /// <summary>Room a text field can take at most: UTF-8 takes at most 3 bytes for a UTF-16 unit, an escape 2; a null 3.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TextRoom(string? value) => NullRoom + 3 * (value?.Length ?? 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(string? value)
    {
        Room(TextRoom(value));
        Put(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Put(string? value)
    {
        if (value is null)
        {
            PutNull();
            return;
        }

        into[at++] = (byte)'|';
        // The usual field (a code, a unit) is a few characters of plain ASCII, copied by a plain loop: for 3 to 8
        // characters that beat Ascii.FromUtf16 followed by a vectorised search for the escapes (measured).
        var text = into.Slice(at, value.Length);
        var plain = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            // Printable ASCII other than '|' and '\\' (which differ only in the 0x20 bit): two tests, not one per
            // escaped character. Anything else (a control character too) takes AddEscaped, which is exact for any text.
            if (c - 0x20u >= 0x5F || (c | 0x20) == '|')
            {
                plain = false;
                break;
            }

            text[i] = (byte)c;
        }

        if (plain)
        {
            at += value.Length;
            return;
        }

        at = AddEscaped(value, into, at);
    }

    /// <summary>
    /// Any text: the runs between escaped characters through the UTF-8 encoder (a lone surrogate becomes U+FFFD, as
    /// encoding the escaped text whole does), each escaped character as its two-character mark.
    /// </summary>
    private static int AddEscaped(ReadOnlySpan<char> value, Span<byte> into, int at)
    {
        while (true)
        {
            var next = value.IndexOfAny(Escaped);
            at += Encoding.UTF8.GetBytes(next < 0 ? value : value[..next], into[at..]);
            if (next < 0)
            {
                return at;
            }

            into[at++] = (byte)'\\';
            into[at++] = value[next] switch
            {
                '\\' => (byte)'\\',
                '|' => (byte)'p',
                '\n' => (byte)'n',
                _ => (byte)'r',
            };
            value = value[(next + 1)..];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddNull()
    {
        Room(NullRoom);
        PutNull();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PutNull()
    {
        into[at] = (byte)'|';
        into[at + 1] = (byte)'\\';
        into[at + 2] = (byte)'0';
        at += NullRoom;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(long value)
    {
        Room(LongRoom);
        Put(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Put(long value)
    {
        into[at++] = (byte)'|';
        if ((ulong)value < 100_000_000)
        {
            // Ids, amounts, counts: two digits at a time from the last, so the divisions do not wait on each other as long.
            var v = (uint)value;
            var end = at + DigitCount(v);
            var i = end;
            while (v >= 100)
            {
                var rest = v / 100;
                var pair = (int)(v - rest * 100) * 2;
                into[i - 2] = DigitPairs[pair];
                into[i - 1] = DigitPairs[pair + 1];
                i -= 2;
                v = rest;
            }

            if (v >= 10)
            {
                into[i - 2] = DigitPairs[(int)v * 2];
                into[i - 1] = DigitPairs[(int)v * 2 + 1];
            }
            else
            {
                into[i - 1] = (byte)('0' + v);
            }

            at = end;
            return;
        }

        at = Formatted(value, default, into, at);
    }

    /// <summary>The formatter's invariant text of a rarer number (wide, negative, fractional), kept out of the hot lines.</summary>
    private static int Formatted<T>(T value, ReadOnlySpan<char> format, Span<byte> into, int at)
        where T : IUtf8SpanFormattable
    {
        if (!value.TryFormat(into[at..], out var written, format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("No room was made for the field.");
        }

        return at + written;
    }

    private static ReadOnlySpan<byte> DigitPairs => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DigitCount(uint value) =>
        value < 10 ? 1 : value < 100 ? 2 : value < 1_000 ? 3 : value < 10_000 ? 4 : value < 100_000 ? 5 : value < 1_000_000 ? 6 : value < 10_000_000 ? 7 : 8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(bool value)
    {
        Room(BoolRoom);
        Put(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Put(bool value)
    {
        into[at] = (byte)'|';
        into[at + 1] = value ? (byte)'1' : (byte)'0';
        at += 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(decimal value)
    {
        Room(DecimalRoom);
        Put(value);
    }

    /// <summary>Shortest exact form ("35400", "35400.5").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Put(decimal value)
    {
        if (WholeAmount(value) is { } whole)
        {
            Put(whole);
            return;
        }

        // Any other amount in its shortest exact form, which for a whole amount is its digits, as above.
        into[at++] = (byte)'|';
        at = Formatted(value, ShortestAmount, into, at);
    }

    /// <summary>The usual amount, read from the decimal's parts without decimal arithmetic: no scale, not negative, below 2^40.</summary>
    private static long? WholeAmount(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return bits[3] == 0 && bits[2] == 0 && (uint)bits[1] < 256 ? ((long)(uint)bits[1] << 32) | (uint)bits[0] : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(DateOnly? value)
    {
        Room(DateRoom);
        Put(value);
    }

    /// <summary>yyyy-MM-dd, or the null mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Put(DateOnly? value)
    {
        if (value is not { } date)
        {
            PutNull();
            return;
        }

        var (year, month, day) = date;
        into[at] = (byte)'|';
        TwoDigits(at + 1, (uint)year / 100);
        TwoDigits(at + 3, (uint)year % 100);
        into[at + 5] = (byte)'-';
        TwoDigits(at + 6, (uint)month);
        into[at + 8] = (byte)'-';
        TwoDigits(at + 9, (uint)day);
        at += DateRoom;
    }

    /// <summary>0 to 99 as two digits, from the pairs table (no division by ten).</summary>
    private readonly void TwoDigits(int index, uint value)
    {
        var pair = (int)value * 2;
        into[index] = DigitPairs[pair];
        into[index + 1] = DigitPairs[pair + 1];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Room(int count)
    {
        if (at + count > into.Length)
        {
            (into, at) = writer.Room(at, count);
        }
    }
}
