using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ElectionTool.Draw;

/// <summary>
/// The draw's only source of chance: HMAC-SHA-256 in counter mode. Its output is fixed by
/// docs/draw-algorithm.md, so anyone can re-derive every draw from the seed.
/// </summary>
public sealed class DrawRandom : IDisposable
{
    private readonly IncrementalHash hmac;
    private readonly byte[] block = new byte[32];
    private readonly byte[] counterBytes = new byte[8];
    private ulong counter;
    private int used = 32;

    public DrawRandom(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The key is 32 bytes.", nameof(key));
        }

        hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
    }

    /// <summary>Key = SHA-256 over length-prefixed UTF-8 fields, so no two field lists collide.</summary>
    public static DrawRandom ForStage(string electionId, int stage, string seed, string inputHash, string? version = null) =>
        new(DeriveKey(electionId, stage, seed, inputHash, version));

    /// <summary>The raw 32-byte HMAC key (not its hex text); <paramref name="version"/> defaults to the current one.</summary>
    public static byte[] DeriveKey(string electionId, int stage, string seed, string inputHash, string? version = null)
    {
        string[] fields =
        [
            "ElectionTool.Draw.Key", DrawAlgorithm.Resolve(version), electionId,
            stage.ToString(System.Globalization.CultureInfo.InvariantCulture), seed, inputHash,
        ];
        return KeyOf(fields);
    }

    /// <summary>SHA-256 of the fields, each as a 4-byte big-endian length then its UTF-8 bytes: the one key derivation of every draw.</summary>
    internal static byte[] KeyOf(IReadOnlyList<string> fields)
    {
        using var buffer = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            BinaryPrimitives.WriteUInt32BigEndian(length, (uint)bytes.Length);
            buffer.Write(length);
            buffer.Write(bytes);
        }
        return SHA256.HashData(buffer.ToArray());
    }

    public uint NextUInt32()
    {
        if (used > block.Length - 4)
        {
            Refill();
        }

        var value = BinaryPrimitives.ReadUInt32BigEndian(block.AsSpan(used, 4));
        used += 4;
        return value;
    }

    /// <summary>Uniform in [0, exclusiveMax). Rejects the top 2^32 mod n values so no result is favoured.</summary>
    public int NextInt(int exclusiveMax)
    {
        if (exclusiveMax <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exclusiveMax));
        }

        var n = (ulong)exclusiveMax;
        var limit = (1UL << 32) - (1UL << 32) % n; // largest multiple of n not above 2^32
        while (true)
        {
            ulong u = NextUInt32();
            if (u < limit)
            {
                if (DrawTrace.On)
                {
                    DrawTrace.Note($"  NextInt({exclusiveMax}) = {u % n}");
                }

                return (int)(u % n);
            }
        }
    }

    /// <summary>
    /// Fisher–Yates run forwards: position i takes a uniform pick from positions i..n-1. Forwards, so a
    /// caller that needs only the first k can stop after k steps (see <see cref="ShuffledPrefix{T}"/>).
    /// </summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = 0; i < items.Length - 1; i++)
        {
            Swap(items, i, i + NextInt(items.Length - i));
        }
    }

    /// <summary>The same sequence as Shuffle, produced lazily; the list holds the shuffle so far.</summary>
    public IEnumerable<T> ShuffledPrefix<T>(List<T> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i < items.Count - 1)
            {
                var j = i + NextInt(items.Count - i);
                (items[i], items[j]) = (items[j], items[i]);
            }
            yield return items[i];
        }
    }

    private static void Swap<T>(Span<T> items, int i, int j) => (items[i], items[j]) = (items[j], items[i]);

    public void Shuffle<T>(List<T> items) => Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));

    public void Dispose() => hmac.Dispose();

    private void Refill()
    {
        DrawStop.ThrowIfRequested();
        BinaryPrimitives.WriteUInt64BigEndian(counterBytes, counter++);
        hmac.AppendData(counterBytes);
        hmac.GetHashAndReset(block);
        used = 0;
    }
}
