using System.Security.Cryptography;

namespace ElectionTool.Features.Accounts;

/// <summary>Passwords handed out on paper: easy to read aloud and type, no 0/O or 1/l/I confusion.</summary>
public static class OneTimePassword
{
    private const string Upper = "ABCDEFGHJKMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";

    /// <summary>Three groups of four, e.g. "Kq7m-Pt4r-Zx9w": upper, lower and digit in each group.</summary>
    public static string Create()
    {
        var groups = Enumerable.Range(0, 3).Select(_ => new string(
        [
            Pick(Upper), Pick(Lower), Pick(Digits), Pick(Lower),
        ]));
        return string.Join('-', groups);
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
