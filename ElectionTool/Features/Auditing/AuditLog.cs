using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using Microsoft.EntityFrameworkCore.Infrastructure;

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

    // The app's clock (a fake one in tests), reached through the context's application services; a context
    // made outside the app (a bare test database) falls back to the system clock.
    private static DateTimeOffset Now(ElectionDbContext db)
    {
        var app = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        return (app?.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
    }

    public static void Record(ElectionDbContext db, string userName, string action, string entityType, string entityKey, object? before = null, object? after = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = Now(db),
            UserName = userName,
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            Before = Snapshot(before),
            After = Snapshot(after),
        });
    }
}
