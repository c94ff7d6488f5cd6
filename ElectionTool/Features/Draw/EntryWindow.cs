using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>
/// Where data entry stands when stage 1 is drawn: offices not yet finalized, the staff that leaves out of the
/// pool (entered, or declared where more are declared than entered), and the days to the deadline.
/// </summary>
public sealed record EntryWindowStatus(int OfficesNotFinalized, int StaffLeftOut, DateTimeOffset Deadline, int DaysToDeadline, bool DeadlinePassed)
{
    /// <summary>What the Admin types to accept stage 1 while data entry is still open.</summary>
    public const string ConfirmationPhrase = "ACCEPT EARLY";

    public bool IsOpen => OfficesNotFinalized > 0 || !DeadlinePassed;

    public static bool Confirms(string? typed) =>
        string.Equals(typed?.Trim(), ConfirmationPhrase, StringComparison.OrdinalIgnoreCase);

    /// <summary>One sentence for the audit log and the CLI: English, like both of them.</summary>
    // English: stored in the audit log and printed by the command line
    public string Describe() =>
        $"{OfficesNotFinalized} office(s) not finalized, leaving out {StaffLeftOut} staff; " +
        (DeadlinePassed ? "the data-entry deadline has passed." : $"{DaysToDeadline} day(s) to the data-entry deadline.");

    /// <summary>The same sentence for a user, in their language.</summary>
    public string Explain() =>
        UiText.Format("{0} office(s) not finalized, leaving out {1} staff;", OfficesNotFinalized, StaffLeftOut) + " " +
        (DeadlinePassed ? UiText.Of("the data-entry deadline has passed.") : UiText.Format("{0} day(s) to the data-entry deadline.", DaysToDeadline));
}

public static class EntryWindow
{
    public static async Task<EntryWindowStatus> ReadAsync(ElectionDbContext db, Election election, DistrictClock clock, CancellationToken ct)
    {
        var pending = await db.Offices.AsNoTracking()
            .Where(o => o.ListState != StaffListState.Finalized)
            .Select(o => new { o.DeclaredTotal, Entered = db.Employees.Count(e => e.OfficeId == o.Id) })
            .ToListAsync(ct);
        return new EntryWindowStatus(
            pending.Count,
            pending.Sum(o => Math.Max(o.DeclaredTotal, o.Entered)),
            election.EntryDeadline,
            Math.Max(0, clock.DaysUntil(election.EntryDeadline)),
            election.EntryDeadline <= clock.UtcNow);
    }
}
