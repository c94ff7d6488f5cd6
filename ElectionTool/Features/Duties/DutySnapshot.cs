using System.IO.Compression;
using System.Text;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Draw;

namespace ElectionTool.Features.Duties;

/// <summary>A duty run's input kept with it, as Brotli-compressed JSON (the same JSON as every draw result).</summary>
public static class DutySnapshot
{
    public static byte[] Pack(DutyInput input)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal))
        {
            brotli.Write(Encoding.UTF8.GetBytes(DrawSnapshot.ToJson(input)));
        }
        return buffer.ToArray();
    }

    public static DutyInput Unpack(byte[] packed)
    {
        using var brotli = new BrotliStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return DrawSnapshot.FromJson<DutyInput>(reader.ReadToEnd());
    }
}
