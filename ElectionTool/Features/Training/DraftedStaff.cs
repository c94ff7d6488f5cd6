using ElectionTool.Data;
using ElectionTool.Draw;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Training;

/// <summary>
/// A drafted person as training, postal ballots and honorarium see them: the duty (a draw role today; other duties
/// such as sector officer can join through <see cref="DraftedStaff"/>), the unit of duty once stage 2 has allotted one,
/// and the office's and person's current details.
/// </summary>
public sealed record DraftedPerson(
    int EmployeeId, string Name, string Epic, string Designation, string OfficeCode, string OfficeName, string OfficeBlock, string Mobile,
    string Duty, string? DutyUnitCode, int? PartyNumber, bool IsReserve,
    string? VoterUnitCode, int? VoterPart, int? VoterSerial, string? BankAccount, string? Ifsc)
{
    /// <summary>Serves in a party on poll day (a reserve drafted into a party counts; a reserve left over does not).</summary>
    public bool OnPollDuty => PartyNumber is not null && !IsReserve;
}

/// <summary>Everyone drafted in the current election, and how far the draw has got (0: no stage accepted).</summary>
public sealed record DraftedRoster(int ElectionId, int Stage, IReadOnlyList<DraftedPerson> People)
{
    public static readonly DraftedRoster Empty = new(0, 0, []);

    public bool HasUnits => Stage >= 2;
}

/// <summary>The one query of who is drafted and for what: everything after the draw reads people through here.</summary>
public sealed class DraftedStaff(IDbContextFactory<ElectionDbContext> dbFactory)
{
    public async Task<DraftedRoster> LoadAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LoadAsync(db, ct);
    }

    public static async Task<DraftedRoster> LoadAsync(ElectionDbContext db, CancellationToken ct)
    {
        if (await DrawStore.FindCurrentElectionAsync(db, ct) is null)
        {
            return DraftedRoster.Empty;
        }

        var outcome = await DrawOutcome.LoadAsync(db, ct);
        if (outcome.StageOne is null)
        {
            return DraftedRoster.Empty with { ElectionId = outcome.Election.Id };
        }

        // After stage 2 the seats (with replacements applied) are the truth; before it, stage 1's roles.
        var seats = outcome.Parties is not null
            ? outcome.Seats().ToList()
            : outcome.StageOne.Assignments.Select(a => new DraftedSeat(a.EmployeeId, a.Role, "", null, false)).ToList();
        var ids = seats.Select(s => (int)s.EmployeeId).Distinct().ToList();
        var details = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                e.Name,
                e.Epic,
                e.Designation,
                e.Mobile,
                OfficeCode = e.Office!.Code,
                OfficeName = e.Office.Name,
                e.Office.Block,
                VoterUnit = e.VoterUnit!.Code,
                e.VoterPart,
                e.VoterSerial,
                e.BankAccount,
                e.Ifsc,
            })
            .ToDictionaryAsync(e => e.Id, ct);
        var stage = outcome.StageThree is not null ? 3 : outcome.Parties is not null ? 2 : 1;
        var people = seats.Where(s => details.ContainsKey((int)s.EmployeeId)).Select(s =>
        {
            var d = details[(int)s.EmployeeId];
            return new DraftedPerson(d.Id, d.Name, d.Epic, d.Designation, d.OfficeCode, d.OfficeName, d.Block ?? "", d.Mobile,
                s.Role.ToString(), s.UnitCode.Length == 0 ? null : s.UnitCode, s.PartyNumber, s.IsReserve,
                d.VoterUnit, d.VoterPart, d.VoterSerial, d.BankAccount, d.Ifsc);
        }).OrderBy(p => p.EmployeeId).ToList();
        return new DraftedRoster(outcome.Election.Id, stage, people);
    }

    /// <summary>The printed title of a duty: a draw role in English and Hindi, or the duty's own name.</summary>
    public static string DutyTitle(string duty) =>
        Enum.TryParse<Role>(duty, out var role) ? DrawOutputService.RoleTitle(role) : duty;

    /// <summary>A duty's name in the user's language ("Presiding Officer" / "पीठासीन अधिकारी"), for a chip or a cell.</summary>
    public static string DutyName(string duty) =>
        Enum.TryParse<Role>(duty, out var role) ? UiText.Of(DrawOutputService.RoleTitle(role).Split(" / ")[0]) : duty;

    /// <summary>The duties a session can be set to train, in the order they are shown.</summary>
    public static IReadOnlyList<string> KnownDuties { get; } = PartyRoles.All.Select(r => r.ToString()).ToList();
}
