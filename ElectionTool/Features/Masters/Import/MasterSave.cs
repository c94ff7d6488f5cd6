using ElectionTool.Data;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Masters.Import;

/// <summary>A dialog's save: the same checks and upsert as one row of a master's CSV file, saved on its own.</summary>
public static class MasterSave
{
    public static async Task<SaveOutcome> SaveAsync<TInput>(
        IMasterCsvFormat<TInput> format, IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, TInput input, CancellationToken ct)
        where TInput : notnull
    {
        var errors = InputValidation.Validate(input);
        if (errors.Count > 0)
        {
            return SaveOutcome.Rejected(errors);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var outcome = await format.UpsertAsync(db, input, await currentUser.GetNameAsync(), ct);
        if (outcome.Succeeded)
        {
            await db.SaveChangesAsync(ct);
        }
        return outcome;
    }
}
