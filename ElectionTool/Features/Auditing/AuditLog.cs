using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ElectionTool.Data;
using ElectionTool.Data.Entities;

namespace ElectionTool.Features.Auditing;

/// <summary>Adds audit entries to the same unit of work as the change they describe.</summary>
public static class AuditLog
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string? Snapshot(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Json);

    public static void Record(ElectionDbContext db, string userName, string action, string entityType, string entityKey, object? before = null, object? after = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = DateTimeOffset.UtcNow,
            UserName = userName,
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            Before = Snapshot(before),
            After = Snapshot(after),
        });
    }
}
