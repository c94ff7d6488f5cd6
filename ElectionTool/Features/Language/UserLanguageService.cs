using ElectionTool.Data;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Language;

/// <summary>Each user's interface language, kept on their account so it follows them to any computer.</summary>
public sealed class UserLanguageService(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public async Task SaveAsync(string userId, string culture, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, culture), ct);
    }

    public async Task<string?> GetAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Language).FirstOrDefaultAsync(ct);
    }
}
