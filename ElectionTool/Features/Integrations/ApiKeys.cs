using System.Security.Cryptography;
using System.Text;

namespace ElectionTool.Features.Integrations;

/// <summary>
/// API keys: 32 random bytes (256 bits) behind a short readable prefix. A key this strong needs no slow hash;
/// SHA-256 is enough to make the stored value useless to someone who reads the database.
/// </summary>
public static class ApiKeys
{
    public const string Marker = "etk_";

    public static string NewKey() =>
        Marker + Base64Url(RandomNumberGenerator.GetBytes(6)) + "_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Prefix(string key) => key.Length <= 12 ? key : key[..12];

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
