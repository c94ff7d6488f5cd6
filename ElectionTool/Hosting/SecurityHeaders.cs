using System.Security.Cryptography;

namespace ElectionTool.Hosting;

/// <summary>
/// Headers on every response (pages, account pages, downloads, static files): no MIME sniffing, no referrer to
/// other sites, and a Content-Security-Policy under which Blazor Server and MudBlazor work: scripts only from the
/// app itself (plus the import map, by nonce), inline styles (MudBlazor sets them), images from the app or data:
/// URIs (the authenticator QR code), and the circuit's WebSocket back to the app.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "csp-nonce";

    /// <summary>The nonce this response's policy allows for inline scripts (the import map).</summary>
    public static string Nonce(HttpContext context) => context.Items[NonceKey] as string ?? "";

    public static string Policy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self' ws: wss:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Hex: nothing in it needs HTML encoding in the nonce attribute.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.ContentSecurityPolicy = Policy(nonce);
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
