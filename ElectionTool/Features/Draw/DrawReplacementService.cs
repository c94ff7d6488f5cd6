using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Auditing;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>
/// After stage 2: a drafted person who is exempted or absent is replaced from the reserve of the same role and unit
/// (the engine's <see cref="ElectionTool.Draw.DrawReplacement"/> picks the first reserve that keeps every rule). The Admin
/// sees the proposal, confirms with a reason, and the orders of the party are marked for reprint.
/// </summary>
public sealed class DrawReplacementService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<DraftedPersonRow>> ListDraftedAsync(string? search, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var outcome = await DrawOutcome.LoadAsync(db, ct);
        var text = search?.Trim() ?? "";
        return outcome.Seats()
            .Select(s => (Seat: s, Person: outcome.People[s.EmployeeId]))
            .Where(x => text.Length == 0 || x.Person.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || x.Person.Epic.Contains(text, StringComparison.OrdinalIgnoreCase)
                || x.Person.OfficeCode.Contains(text, StringComparison.OrdinalIgnoreCase) || x.Seat.PartyNumber?.ToString() == text)
            .OrderBy(x => x.Seat.UnitCode, StringComparer.Ordinal).ThenBy(x => x.Seat.PartyNumber ?? int.MaxValue).ThenBy(x => x.Seat.Role)
            .Select(x => new DraftedPersonRow((int)x.Person.Id, x.Person.Name, x.Person.Epic, x.Person.OfficeCode, x.Seat.Role.ToString(),
                x.Seat.UnitCode, x.Seat.PartyNumber, x.Seat.IsReserve))
            .ToList();
    }

    public async Task<ReplacementPreview> ProposeAsync(int employeeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var outcome = await DrawOutcome.LoadAsync(db, ct);
        return (await ProposeAsync(db, outcome, employeeId, ct)).Preview;
    }

    public async Task<ReplacementRow> ConfirmAsync(int employeeId, ReplacementKind kind, string reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DrawRefusedException(UiText.Of("Give the reason (e.g. the exemption order or the absence report)."));
        }

        var user = await currentUser.GetNameAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var outcome = await DrawOutcome.LoadAsync(db, ct);
        var (preview, seat, party) = await ProposeAsync(db, outcome, employeeId, ct);
        if (!preview.CanConfirm || seat is null)
        {
            throw new DrawRefusedException(preview.Message);
        }

        var incoming = preview.ReplacementEmployeeId;
        var others = incoming is null ? [] : party!.Members.Where(m => m.EmployeeId != employeeId).Select(m => (int)m.EmployeeId);
        var replacement = ReplacementRecord.Add(db, outcome.Election.Id, outcome.StageTwoRun!.Id, employeeId, incoming, seat.PartyNumber, seat.Role.ToString(), seat.UnitCode,
            kind, reason, user, clock.GetUtcNow(), others,
            new { Kind = kind.ToString(), Reason = reason.Trim(), preview.Message, Absent = employeeId, preview.ReplacementEmployeeId, seat.PartyNumber, Role = seat.Role.ToString(), seat.UnitCode, RunId = outcome.StageTwoRun!.Id });
        await db.SaveChangesAsync(ct);
        return Row(replacement, outcome);
    }

    public async Task<IReadOnlyList<ReplacementRow>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var outcome = await DrawOutcome.LoadAsync(db, ct);
        return outcome.Replacements.OrderByDescending(r => r.Id).Select(r => Row(r, outcome)).ToList();
    }

    public async Task<IReadOnlyList<ReprintRow>> ReprintsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var outcome = await DrawOutcome.LoadAsync(db, ct);
        var marks = await db.Set<OrderReprint>().AsNoTracking().Where(r => r.ElectionId == outcome.Election.Id).OrderByDescending(r => r.Id).ToListAsync(ct);
        return marks.Select(m => new ReprintRow(m.EmployeeId, NameOf(outcome, m.EmployeeId), outcome.People.GetValueOrDefault(m.EmployeeId)?.OfficeCode ?? "",
            m.PartyNumber, m.Kind, m.MarkedAt)).ToList();
    }

    private static async Task<(ReplacementPreview Preview, DraftedSeat? Seat, DrawParty? Party)> ProposeAsync(
        ElectionDbContext db, DrawOutcome outcome, int employeeId, CancellationToken ct)
    {
        if (outcome.Parties is null || outcome.Input is null)
        {
            return (Refused(outcome, employeeId, UiText.Of("Stage 2 (parties) is not accepted yet: there is nobody to replace.")), null, null);
        }

        var seat = outcome.Seats().FirstOrDefault(s => s.EmployeeId == employeeId);
        if (seat is null)
        {
            return (Refused(outcome, employeeId, UiText.Format("{0} is not drafted (or was already replaced).", NameOf(outcome, employeeId))), null, null);
        }

        var party = outcome.Parties.Parties.FirstOrDefault(p => p.PartyNumber == seat.PartyNumber);
        if (seat.IsReserve)
        {
            var message = UiText.Format("{0} is a reserve ({1}, {2}); confirming withdraws them from the reserve.", NameOf(outcome, employeeId), RoleName(seat.Role), seat.UnitCode);
            return (new ReplacementPreview(true, message, employeeId, NameOf(outcome, employeeId), null, null, null, seat.PartyNumber, seat.Role.ToString(), seat.UnitCode), seat, party);
        }
        var proposal = ElectionTool.Draw.DrawReplacement.Propose(outcome.Input, outcome.Parties, employeeId, await UnavailableAsync(db, outcome, ct));
        var incoming = proposal.ReplacementEmployeeId is { } id ? outcome.People[id] : null;
        var text = incoming is null ? DrawFindingTexts.Message(proposal.Reason)
            : UiText.Format("{0} ({1}), reserve {2} of {3}, takes the seat of {4} in party {5}. Every rule still holds.",
                incoming.Name, incoming.OfficeCode, RoleName(seat.Role), seat.UnitCode, NameOf(outcome, employeeId), seat.PartyNumber);
        return (new ReplacementPreview(proposal.Found, text, employeeId, NameOf(outcome, employeeId), (int?)proposal.ReplacementEmployeeId, incoming?.Name,
            incoming?.OfficeCode, seat.PartyNumber, seat.Role.ToString(), seat.UnitCode), seat, party);
    }

    /// <summary>Reserves who cannot be drafted in: already out or already used, or exempted or marked disabled since the draw.</summary>
    private static async Task<HashSet<long>> UnavailableAsync(ElectionDbContext db, DrawOutcome outcome, CancellationToken ct)
    {
        var used = outcome.Replacements.SelectMany(r => new long?[] { r.AbsentEmployeeId, r.ReplacementEmployeeId }).OfType<long>().ToHashSet();
        var reserveIds = outcome.Seats().Where(s => s.IsReserve).Select(s => (int)s.EmployeeId).ToList();
        var now = await db.Employees.AsNoTracking()
            .Where(e => reserveIds.Contains(e.Id) && (e.ExemptionStatus == ExemptionStatus.Approved || e.Disability))
            .Select(e => e.Id).ToListAsync(ct);
        used.UnionWith(now.Select(id => (long)id));
        return used;
    }

    private static ReplacementPreview Refused(DrawOutcome outcome, int employeeId, string message) =>
        new(false, message, employeeId, NameOf(outcome, employeeId), null, null, null, null, null, null);

    /// <summary>"Presiding Officer", in the user's language.</summary>
    private static string RoleName(Role role) => UiText.Of(DrawOutputService.RoleTitle(role).Split(" / ")[0]);

    private static string NameOf(DrawOutcome outcome, long id) => outcome.People.TryGetValue(id, out var e) ? e.Name : UiText.Format("Employee {0}", id);

    private static ReplacementRow Row(PartyReplacement r, DrawOutcome outcome) => new(r.Id, r.Kind, r.Reason, NameOf(outcome, r.AbsentEmployeeId),
        r.ReplacementEmployeeId is { } id ? NameOf(outcome, id) : null, r.PartyNumber, r.Role, r.UnitCode, r.By, r.At);
}
