using System.Globalization;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

/// <summary>One person holding a field duty as things now stand.</summary>
public sealed record DutyHolderRow(int EmployeeId, string Name, string Epic, string OfficeCode, string Duty, string? PostCode, string? UnitCode, bool IsReserve, int Stage);

/// <summary>
/// After a duty stage is accepted: an officer or micro-observer who is exempted or absent is replaced from the reserve of
/// the same duty (the engine's <see cref="DutyReplacement"/> picks the first reserve who keeps every rule, in the draw's
/// order — no seed, the same on every machine). Kept and audited exactly like a polling-party replacement
/// (<see cref="ReplacementRecord"/>); the incoming officer's order is marked new, the absent one's withdrawn.
/// </summary>
public sealed class DutyReplacementService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<DutyHolderRow>> ListHoldersAsync(string? search, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var text = search?.Trim() ?? "";
        var rows = new List<DutyHolderRow>();
        foreach (var posting in await PostingsAsync(db, ct))
        {
            var people = posting.Input().Pool.ToDictionary(p => p.Employee.Id, p => p.Employee);
            rows.AddRange(posting.Current.Assignments.Select(a => (a, e: people[a.EmployeeId]))
                .Where(x => text.Length == 0 || x.e.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || x.e.Epic.Contains(text, StringComparison.OrdinalIgnoreCase)
                    || x.e.OfficeCode.Contains(text, StringComparison.OrdinalIgnoreCase) || string.Equals(x.a.PostCode, text, StringComparison.OrdinalIgnoreCase))
                .Select(x => new DutyHolderRow((int)x.e.Id, x.e.Name, x.e.Epic, x.e.OfficeCode, DutyBands.Title(posting.Stage.Kind), x.a.PostCode, x.a.UnitCode, x.a.IsReserve, posting.Stage.Number)));
        }
        return rows.OrderBy(r => r.Stage).ThenBy(r => r.IsReserve).ThenBy(r => r.PostCode, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).Take(200).ToList();
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
        if (!preview.CanConfirm || posting is null || proposal is null)
        {
            throw new DrawRefusedException(preview.Message);
        }

        var incoming = (int?)proposal.ReplacementEmployeeId;
        var row = ReplacementRecord.Add(db, posting.Run.ElectionId, posting.Run.Id, employeeId, incoming, null, posting.Stage.Duty, proposal.UnitCode ?? "",
            kind, reason, user, clock.GetUtcNow(), [],
            new { Kind = kind.ToString(), Reason = reason.Trim(), preview.Message, Absent = employeeId, proposal.ReplacementEmployeeId, Duty = posting.Stage.Duty, Post = proposal.PostCode, proposal.UnitCode, RunId = posting.Run.Id });
        await db.SaveChangesAsync(ct);
        return new ReplacementRow(row.Id, kind, row.Reason, preview.AbsentName, preview.ReplacementName, null, DutyBands.Title(posting.Stage.Kind), proposal.PostCode ?? row.UnitCode, user, row.At);
    }

    /// <summary>Every duty replacement of the election, newest first.</summary>
    public async Task<IReadOnlyList<ReplacementRow>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = new List<ReplacementRow>();
        foreach (var posting in await PostingsAsync(db, ct))
        {
            var people = posting.Input().Pool.ToDictionary(p => p.Employee.Id, p => p.Employee.Name);
            string Name(long id) => people.GetValueOrDefault(id, UiText.Format("Employee {0}", id));
            rows.AddRange(posting.Replacements.Select(r => new ReplacementRow(r.Id, r.Kind, r.Reason, Name(r.AbsentEmployeeId),
                r.ReplacementEmployeeId is { } id ? Name(id) : null, null, UiText.Of(DutyBands.Title(posting.Stage.Kind)), r.UnitCode, r.By, r.At)));
        }
        return rows.OrderByDescending(r => r.Id).ToList();
    }

    private static async Task<List<DutyPosting>> PostingsAsync(ElectionDbContext db, CancellationToken ct) =>
        await DrawStore.FindCurrentElectionAsync(db, ct) is { } election ? await DutyOutcome.LoadAsync(db, election.Id, ct) : [];

    private static async Task<(ReplacementPreview Preview, DutyPosting? Posting, DutyReplacementProposal? Proposal)> ProposeAsync(ElectionDbContext db, int employeeId, CancellationToken ct)
    {
        var postings = await PostingsAsync(db, ct);
        var posting = postings.FirstOrDefault(p => p.Current.Assignments.Any(a => a.EmployeeId == employeeId));
        if (posting is null)
        {
            return (Refused(employeeId, UiText.Format("Employee {0}", employeeId), UiText.Of("This person holds no field duty of an accepted stage (or was already replaced).")), null, null);
        }

        var input = posting.Input();
        var people = input.Pool.ToDictionary(p => p.Employee.Id, p => p.Employee);
        var absentName = people.TryGetValue(employeeId, out var absent) ? absent.Name : UiText.Format("Employee {0}", employeeId);
        if (posting.Stage == DutyStages.MicroSelection)
        {
            return (Refused(employeeId, absentName, UiText.Of("Micro-observers are replaced after the allotment to critical stations is accepted: the allotment draws from everyone selected.")), null, null);
        }

        var used = posting.Replacements.SelectMany(r => new int?[] { r.AbsentEmployeeId, r.ReplacementEmployeeId }).OfType<int>().Select(id => (long)id).ToHashSet();
        var reserveIds = posting.Current.Assignments.Where(a => a.PostCode is null).Select(a => (int)a.EmployeeId).ToList();
        var outNow = await db.Employees.AsNoTracking().Where(e => reserveIds.Contains(e.Id) && (e.ExemptionStatus == ExemptionStatus.Approved || e.Disability))
            .Select(e => (long)e.Id).ToListAsync(ct);
        used.UnionWith(outNow);
        var proposal = DutyReplacement.Propose(input, posting.Current, employeeId, used);
        var incoming = proposal.ReplacementEmployeeId is { } id ? people[id] : null;
        var title = UiText.Of(DutyBands.Title(posting.Stage.Kind)).ToLower(CultureInfo.CurrentCulture);
        var message = proposal.AbsentIsReserve ? UiText.Format("{0} is a reserve {1}; confirming withdraws them from the reserve.", absentName, title)
            : incoming is null ? DrawFindingTexts.Message(proposal.Reason)
            : UiText.Format("{0} ({1}), reserve {2}, takes {3} ({4}) from {5}. Every rule still holds.", incoming.Name, incoming.OfficeCode, title, proposal.PostCode, proposal.UnitCode, absentName);
        return (new ReplacementPreview(proposal.Found, message, employeeId, absentName, (int?)proposal.ReplacementEmployeeId, incoming?.Name, incoming?.OfficeCode,
            null, title, proposal.PostCode ?? proposal.UnitCode), posting, proposal);
    }

    private static ReplacementPreview Refused(int employeeId, string name, string message) => new(false, message, employeeId, name, null, null, null, null, null, null);
}
