using Microsoft.Extensions.Caching.Memory;

namespace ElectionTool.Features.Import;

/// <summary>
/// Keeps each user's recent import reports for a while so the page can offer the rejected rows as a download.
/// Only the user who imported can fetch theirs; reports hold personal data, so they live in server memory only.
/// </summary>
public sealed class StaffImportReportStore(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private sealed record Entry(string UserName, StaffImportReport Report);

    public string Keep(string userName, StaffImportReport report)
    {
        var id = Guid.NewGuid().ToString("N");
        cache.Set(Key(id), new Entry(userName, report), Lifetime);
        return id;
    }

    public StaffImportReport? Find(string id, string? userName) =>
        userName is not null && cache.Get<Entry>(Key(id)) is { } entry && entry.UserName == userName ? entry.Report : null;

    public static string DownloadUrl(string id) => $"/staff/import-reports/{id}.csv";

    private static string Key(string id) => $"staff-import-report:{id}";
}
