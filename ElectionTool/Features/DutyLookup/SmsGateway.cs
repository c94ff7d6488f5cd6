using ElectionTool.Data;
using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.DutyLookup;

/// <summary>Sends a text message to an Indian mobile number (10 digits).</summary>
public interface ISmsGateway
{
    Task SendAsync(string mobile, string text, string purpose, CancellationToken ct);
}

/// <summary>
/// Section "Sms" of appsettings.json. Mode "outbox" (default: a LAN without a gateway) or "http". The URL template has
/// the shape NIC's and commercial Indian gateways use; {mobile}, {message}, {senderId} and {templateId} are filled in.
/// </summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";
    public string Mode { get; set; } = "outbox";
    public string UrlTemplate { get; set; } = "";
    public string Method { get; set; } = "GET";
    public string SenderId { get; set; } = "";
    public string TemplateId { get; set; } = "";

    /// <summary>Prefix for the number as the gateway wants it, e.g. "91".</summary>
    public string CountryPrefix { get; set; } = "91";

    /// <summary>Also text drafted employees when their orders are issued and when stations are released.</summary>
    public bool NotifyDuty { get; set; }

    /// <summary>How often queued duty texts are sent, in seconds.</summary>
    public int DutySendSeconds { get; set; } = 30;

    public bool UsesHttp => string.Equals(Mode, "http", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Calls the configured HTTP gateway; a refusal by the gateway is an error the caller reports.</summary>
public sealed class HttpSmsGateway(HttpClient http, IOptions<SmsOptions> options, ILogger<HttpSmsGateway> log) : ISmsGateway
{
    public async Task SendAsync(string mobile, string text, string purpose, CancellationToken ct)
    {
        var o = options.Value;
        string Fill(string template) => template
            .Replace("{mobile}", Uri.EscapeDataString(o.CountryPrefix + mobile), StringComparison.Ordinal)
            .Replace("{message}", Uri.EscapeDataString(text), StringComparison.Ordinal)
            .Replace("{senderId}", Uri.EscapeDataString(o.SenderId), StringComparison.Ordinal)
            .Replace("{templateId}", Uri.EscapeDataString(o.TemplateId), StringComparison.Ordinal);
        var url = Fill(o.UrlTemplate);
        using var request = string.Equals(o.Method, "POST", StringComparison.OrdinalIgnoreCase)
            ? new HttpRequestMessage(HttpMethod.Post, url.Split('?')[0]) { Content = new StringContent(url.Contains('?') ? url[(url.IndexOf('?') + 1)..] : "", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") }
            : new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            // English: the operator's error, stored as the queued text's LastError and in the audit log
            throw new InvalidOperationException($"The SMS gateway refused the message ({(int)response.StatusCode}).");
        }
        log.LogInformation("SMS ({Purpose}) sent to ******{Last4} through the gateway", purpose, mobile[^4..]);
    }
}

/// <summary>For a LAN without a gateway: the message goes to a table the IT cell reads on a page, and to the log.</summary>
public sealed class OutboxSmsGateway(IDbContextFactory<ElectionDbContext> dbFactory, TimeProvider clock, ILogger<OutboxSmsGateway> log) : ISmsGateway
{
    public async Task SendAsync(string mobile, string text, string purpose, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.SmsOutbox.Add(new SmsOutboxMessage { At = clock.GetUtcNow(), Mobile = mobile, Text = text, Purpose = purpose });
        await db.SaveChangesAsync(ct);
        log.LogWarning("SMS outbox ({Purpose}) to {Mobile}: {Text}", purpose, mobile, text);
    }
}
