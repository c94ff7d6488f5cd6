using System.Globalization;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Counting;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Counting;

/// <summary>
/// After the tables are allotted (step 3 accepted): a person seated at a counting table who is exempted or absent is
/// replaced by a reserve of the same role and hall; the engine's <see cref="CountingReplacement"/> picks the first who keeps
/// every table rule (no seed, the same on every machine). Kept and audited exactly like a polling-party replacement
/// (<see cref="ReplacementRecord"/>): the incoming person's order is marked new, the absent one's withdrawn.
/// </summary>
public sealed class CountingReplacementService(IDbContextFactory<ElectionDbContext> dbFactory, CountingOutputService outputs, CurrentUser currentUser, TimeProvider clock)
{
    /// <summary>People seated at a table now (replacements applied), filtered by name, EPIC, office, hall or table; at most 200.</summary>
    public async Task<IReadOnlyList<CountingRow>> ListSeatedAsync(string? search, CancellationToken ct)
    {
        var (step, rows) = await outputs.RowsAsync(ct);
        if (step < 3)
        {
            return [];
        }
        var text = search?.Trim() ?? "";
        return rows.Where(r => !r.IsReserve)
            .Where(r => text.Length == 0 || r.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || r.Epic.Contains(text, StringComparison.OrdinalIgnoreCase)
                || r.OfficeCode.Contains(text, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Hall, text, StringComparison.OrdinalIgnoreCase))
            .Take(200).ToList();
    }

    public async Task<ReplacementPreview> ProposeAsync(int employeeId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await ProposeAsync(db, employeeId, ct)).Preview;
    }

    public async Task<ReplacementRow> ConfirmAsync(int employeeId, ReplacementKind kind, string reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DrawRefusedException(UiText.Of("Give the reason (e.g. the exemption order or the absence report)."));
        }
        var user = await currentUser.GetNameAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (preview, posting, proposal) = await ProposeAsync(db, employeeId, ct);
        if (!preview.CanConfirm || posting is null || proposal?.ReplacementEmployeeId is not { } incoming)
        {
            throw new DrawRefusedException(preview.Message);
        }
        var unit = posting.Current.Assignments.First(a => a.EmployeeId == employeeId).UnitCode ?? "";
        // English: the duty name stored with the replacement and in its audit entry (data)
        var row = ReplacementRecord.Add(db, posting.Run.ElectionId, posting.Run.Id, employeeId, (int)incoming, null, preview.Role ?? "Counting", unit,
            kind, reason, user, clock.GetUtcNow(), [],
            new { Kind = kind.ToString(), Reason = reason.Trim(), preview.Message, Absent = employeeId, Incoming = incoming, Duty = "Counting", proposal.HallCode, proposal.Table, RunId = posting.Run.Id });
        await db.SaveChangesAsync(ct);
        return new ReplacementRow(row.Id, kind, row.Reason, preview.AbsentName, preview.ReplacementName, null, preview.Role ?? "", preview.UnitCode ?? unit, user, row.At);
    }

    /// <summary>Every counting replacement of the current counting step, newest first.</summary>
    public async Task<IReadOnlyList<ReplacementRow>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await PostingAsync(db, ct) is not { } posting || posting.Replacements.Count == 0)
        {
            return [];
        }
        var names = posting.Input().Pool.ToDictionary(p => p.Employee.Id, p => p.Employee.Name);
        string Name(long id) => names.GetValueOrDefault(id, UiText.Format("Employee {0}", id));
        return posting.Replacements.OrderByDescending(r => r.Id).Select(r => new ReplacementRow(r.Id, r.Kind, r.Reason, Name(r.AbsentEmployeeId),
            r.ReplacementEmployeeId is { } id ? Name(id) : null, null, r.Role, r.UnitCode, r.By, r.At)).ToList();
    }

    private static async Task<CountingPosting?> PostingAsync(ElectionDbContext db, CancellationToken ct) =>
        await DrawStore.FindCurrentElectionAsync(db, ct) is { } election ? await CountingOutcome.LoadAsync(db, election.Id, ct) : null;

    private static async Task<(ReplacementPreview Preview, CountingPosting? Posting, CountingReplacementProposal? Proposal)> ProposeAsync(ElectionDbContext db, int employeeId, CancellationToken ct)
    {
        var posting = await PostingAsync(db, ct);
        if (posting is null || posting.Stage.Step != 3)
        {
            return (Refused(employeeId, UiText.Format("Employee {0}", employeeId), UiText.Of("Counting staff are replaced once the tables are allotted (step 3 accepted); until then the reserve is not yet named.")), null, null);
        }
        var input = posting.Input();
        var people = input.Pool.ToDictionary(p => p.Employee.Id, p => p.Employee);
        var absentName = people.TryGetValue(employeeId, out var absent) ? absent.Name : UiText.Format("Employee {0}", employeeId);
        var used = posting.Replacements.SelectMany(r => new int?[] { r.AbsentEmployeeId, r.ReplacementEmployeeId }).OfType<int>().Select(id => (long)id).ToHashSet();
        var reserveIds = posting.Current.Assignments.Where(a => a.IsReserve).Select(a => (int)a.EmployeeId).ToList();
        used.UnionWith(await db.Employees.AsNoTracking().Where(e => reserveIds.Contains(e.Id) && (e.ExemptionStatus == ExemptionStatus.Approved || e.Disability))
            .Select(e => (long)e.Id).ToListAsync(ct));
        var proposal = CountingReplacement.Propose(input, posting.Current, employeeId, used);
        var incoming = proposal.ReplacementEmployeeId is { } id ? people[id] : null;
        var role = proposal.Role is { } r ? DutyBands.Title(r) : null;
        var seat = proposal.HallCode is null ? null : UiText.Format("{0}, table {1}", proposal.HallCode, proposal.Table);
        var message = incoming is null ? DrawFindingTexts.Message(proposal.Reason.Replace($"Employee {employeeId}", absentName, StringComparison.Ordinal))
            : UiText.Format("{0} ({1}), reserve {2} of hall {3}, takes table {4} from {5}. Every table rule still holds.", incoming.Name, incoming.OfficeCode, UiText.Of(role!).ToLower(CultureInfo.CurrentCulture), proposal.HallCode, proposal.Table, absentName);
        return (new ReplacementPreview(proposal.Found, message, employeeId, absentName, (int?)proposal.ReplacementEmployeeId, incoming?.Name, incoming?.OfficeCode, null, role, seat),
            posting, proposal);
    }

    private static ReplacementPreview Refused(int employeeId, string name, string message) => new(false, message, employeeId, name, null, null, null, null, null, null);
}
