using System.IO.Compression;
using System.Text.Json;
using ElectionTool.Draw;

namespace ElectionTool.Features.Draw;

/// <summary>How runs keep their input and results: every draw's input as Brotli-compressed JSON, results as JSON text.</summary>
public static class DrawSnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static byte[] Pack<T>(T input)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal))
        {
            JsonSerializer.Serialize(brotli, input, Json);
        }
        return buffer.ToArray();
    }

    /// <summary>A polling-party run's input.</summary>
    public static DrawInput Unpack(byte[] packed) => Unpack<DrawInput>(packed);

    public static T Unpack<T>(byte[] packed)
    {
        using var brotli = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(brotli, Json) ?? throw new InvalidDataException("Empty draw input snapshot."); // English: a corrupted stored snapshot, a programmer's error
    }

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T FromJson<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidDataException($"Stored {typeof(T).Name} is empty."); // English: a corrupted stored result, a programmer's error
}
