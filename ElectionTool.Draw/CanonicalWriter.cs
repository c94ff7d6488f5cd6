using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ElectionTool.Draw;

/// <summary>
/// Writes the documented line format straight into SHA-256, so a 60,000-person pool is hashed
/// without building the whole text. Optionally keeps the text for audits and the spec's example.
/// </summary>
internal sealed class CanonicalWriter : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly StringBuilder line = new();
    private readonly StringBuilder? text;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(1024);
    private bool first = true;

    public CanonicalWriter(bool keepText = false) => text = keepText ? new StringBuilder() : null;

    public string? Text => text?.ToString();

    public CanonicalWriter Begin(string tag)
    {
        line.Clear().Append(tag);
        first = false;
        return this;
    }

    public CanonicalWriter Add(string? value)
    {
        line.Append('|');
        if (value is null) { line.Append("\\0"); return this; }
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': line.Append("\\\\"); break;
                case '|': line.Append("\\p"); break;
                case '\n': line.Append("\\n"); break;
                case '\r': line.Append("\\r"); break;
                default: line.Append(c); break;
            }
        }
        return this;
    }

    public CanonicalWriter Add(long value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public CanonicalWriter Add(bool value) => Add(value ? "1" : "0");

    public CanonicalWriter Add(decimal value) =>
        Add(value.ToString("0.############################", CultureInfo.InvariantCulture));

    public CanonicalWriter Add(DateOnly? value) =>
        Add(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public void End()
    {
        if (first)
        {
            throw new InvalidOperationException("Begin a line first.");
        }

        line.Append('\n');
        var count = Encoding.UTF8.GetMaxByteCount(line.Length);
        if (buffer.Length < count)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(count);
        }
        var written = Encoding.UTF8.GetBytes(line.ToString(), buffer);
        hash.AppendData(buffer, 0, written);
        text?.Append(line);
    }

    public string HashHex() => Convert.ToHexStringLower(hash.GetHashAndReset());

    public void Dispose()
    {
        hash.Dispose();
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
