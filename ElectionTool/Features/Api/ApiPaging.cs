using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ElectionTool.Features.Api;

/// <summary>One page of a list: the rows, and the cursor to send for the next page (null on the last page).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>
/// Cursor paging: the cursor is the opaque position after the last row sent, so rows added meanwhile neither
/// repeat nor go missing the way offset paging would.
/// </summary>
public static class ApiPaging
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static int Limit(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    public static string Encode(string position) => Convert.ToBase64String(Encoding.UTF8.GetBytes(position)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The position in a cursor, "" for none, or null when the cursor is not one of ours.</summary>
    public static string? Decode(string? cursor)
    {
        if (string.IsNullOrWhiteSpace(cursor))
        {
            return "";
        }
        var text = cursor.Trim().Replace('-', '+').Replace('_', '/');
        text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static int? DecodeId(string? cursor) => Decode(cursor) switch
    {
        null => null,
        "" => 0,
        var s when int.TryParse(s, out var id) && id >= 0 => id,
        _ => null,
    };

    public static ApiPage<T> Page<T>(List<T> fetched, int limit, Func<T, string> position) =>
        fetched.Count > limit
            ? new ApiPage<T>(fetched.Take(limit).ToList(), Encode(position(fetched[limit - 1])))
            : new ApiPage<T>(fetched, null);

    public static IResult BadCursor() => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad cursor",
        detail: "The cursor is not one this API gave out. Start again without a cursor.");

    /// <summary>A JSON answer with a strong ETag; 304 when the caller already holds this version.</summary>
    public static IResult WithETag<T>(HttpContext http, T body)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(body, JsonSerializerOptions.Web);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(json))[..32] + "\"";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v == etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Ok(body);
    }
}
