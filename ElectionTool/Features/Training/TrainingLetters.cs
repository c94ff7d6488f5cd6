using ElectionTool.Data;
using ElectionTool.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Training;

public sealed record LetterLine(string Name, string Designation, string Epic, string Duty, IReadOnlyList<TrainingBatchText> Batches);

/// <summary>One office's training letter: its drafted staff and the batch of each round.</summary>
public sealed record OfficeLetter(string OfficeCode, string OfficeName, IReadOnlyList<LetterLine> Lines);

/// <summary>The training letters, one per office, for the head of office to hand out; every print is audited.</summary>
public sealed class TrainingLetters(IDbContextFactory<ElectionDbContext> dbFactory, TrainingAllotmentService allotments, CurrentUser currentUser)
{
    public async Task<IReadOnlyList<OfficeLetter>> LettersAsync(string? officeCode, CancellationToken ct)
    {
        var batches = await allotments.BatchesByPersonAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roster = await DraftedStaff.LoadAsync(db, ct);
        var letters = roster.People.Where(p => officeCode is null || p.OfficeCode == officeCode)
            .GroupBy(p => (p.OfficeCode, p.OfficeName)).OrderBy(g => g.Key.OfficeCode, StringComparer.Ordinal)
            .Select(g => new OfficeLetter(g.Key.OfficeCode, g.Key.OfficeName, g.OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new LetterLine(p.Name, p.Designation, p.Epic, DraftedStaff.DutyTitle(p.Duty), batches.GetValueOrDefault(p.EmployeeId) ?? [])).ToList()))
            .ToList();
        if (letters.Count > 0)
        {
            AuditLog.Record(db, await currentUser.GetNameAsync(), "TrainingLettersPrinted", "TrainingLetter", officeCode ?? "all", after: new { Offices = letters.Count, People = letters.Sum(l => l.Lines.Count) });
            await db.SaveChangesAsync(ct);
        }

        return letters;
    }
}
