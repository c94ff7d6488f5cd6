using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

/// <summary>One duty a person holds (or held until replaced), with where its order prints.</summary>
public sealed record PersonDuty(string Duty, string Detail, string Stage, string Status, string? OrderUrl);

public sealed record PersonDuties(int EmployeeId, string Epic, string Name, string OfficeCode, string Designation, IReadOnlyList<PersonDuty> Duties);

/// <summary>
/// The Admin's look-up: a person by EPIC, mobile or name, and every duty they hold this election — polling party
/// (stage 1 role, stage 2 party), sector, zonal, micro-observer — from the accepted runs with replacements applied.
/// </summary>
public sealed class PersonDutyService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
{
    public const int MaxMatches = 20;

    public async Task<IReadOnlyList<PersonDuties>> FindAsync(string search, CancellationToken ct)
    {
        var text = (search ?? "").Trim();
        if (text.Length < 3)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var upper = text.ToUpperInvariant();
        var like = "%" + text.Replace("%", "").Replace("_", "") + "%";
        var people = await db.Employees.AsNoTracking()
            .Where(e => e.Epic == upper || e.Mobile == text || EF.Functions.Like(e.Name, like))
            .OrderBy(e => e.Name).Take(MaxMatches)
            .Select(e => new { e.Id, e.Epic, e.Name, OfficeCode = e.Office!.Code, e.Designation }).ToListAsync(ct);
        if (people.Count == 0 || await DrawStore.FindCurrentElectionAsync(db, ct) is not { } election)
        {
            return people.Select(p => new PersonDuties(p.Id, p.Epic, p.Name, p.OfficeCode, p.Designation, [])).ToList();
        }

        var polling = await DrawOutcome.LoadAsync(db, ct);
        var postings = await DutyOutcome.LoadAsync(db, election.Id, ct);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "PersonDutyLookup", "Duties", "", after: new { Search = text, Matches = people.Count });
        await db.SaveChangesAsync(ct);
        return people.Select(p => new PersonDuties(p.Id, p.Epic, p.Name, p.OfficeCode, p.Designation,
            [.. PollingDuties(polling, p.Id, p.OfficeCode), .. FieldDuties(postings, p.Id, p.Epic)])).ToList();
    }

    private static IEnumerable<PersonDuty> PollingDuties(DrawOutcome outcome, long id, string office)
    {
        var orders = $"/draw/print/orders?office={Uri.EscapeDataString(office)}";
        if (outcome.Seats().FirstOrDefault(s => s.EmployeeId == id) is { } seat)
        {
            var party = seat.PartyNumber is not { } n ? UiText.Of("Reserve")
                : seat.IsReserve ? UiText.Format("Party {0} (reserve party)", n) : UiText.Format("Party {0}", n);
            yield return new PersonDuty(UiText.Of("Polling party"), $"{DrawOutputService.RoleTitle(seat.Role)}, {party}, {seat.UnitCode}",
                UiText.Of("Stage 2 (parties)"), UiText.Of("Order issued"), orders);
        }
        else if (outcome.Parties is null && outcome.StageOne?.Assignments.FirstOrDefault(a => a.EmployeeId == id) is { } role)
        {
            yield return new PersonDuty(UiText.Of("Polling party"), DrawOutputService.RoleTitle(role.Role), UiText.Of("Stage 1 (selection and roles)"), UiText.Of("Selected for training; party not yet drawn"), null);
        }
        if (outcome.Replacements.FirstOrDefault(r => r.AbsentEmployeeId == id) is { } replaced)
        {
            yield return new PersonDuty(UiText.Of("Polling party"), $"{replaced.Role}, {replaced.UnitCode}", UiText.Of("Replaced"), Out(replaced.Kind, replaced.Reason), null);
        }
    }

    private static IEnumerable<PersonDuty> FieldDuties(IEnumerable<DutyPosting> postings, long id, string epic)
    {
        foreach (var posting in postings)
        {
            var title = UiText.Of(DutyBands.Title(posting.Stage.Kind));
            var orders = $"/duties/print/orders?duty={(posting.Stage.Kind == DutyKind.MicroObserver ? "micro" : posting.Stage.CliName)}&epic={Uri.EscapeDataString(epic)}";
            if (posting.Current.Assignments.FirstOrDefault(a => a.EmployeeId == id) is { } a)
            {
                var detail = a.PostCode is { } post ? $"{post} ({a.UnitCode})" : a.IsReserve ? UiText.Of("Reserve") : UiText.Of("Selected; station allotted the day before the poll");
                yield return new PersonDuty(title, detail, UiText.Of(posting.Stage.Title), UiText.Of("Order issued"), orders);
            }
            if (posting.Replacements.FirstOrDefault(r => r.AbsentEmployeeId == id) is { } replaced)
            {
                yield return new PersonDuty(title, replaced.UnitCode, UiText.Of("Replaced"), Out(replaced.Kind, replaced.Reason), null);
            }
        }
    }

    private static string Out(ReplacementKind kind, string reason) => UiText.Format("Out ({0}): {1}", EnumText.Display(kind), reason);
}
