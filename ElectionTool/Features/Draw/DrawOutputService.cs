using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>
/// The printed outputs and exports of the accepted stages. Who, which role, which party and which station come only
/// from the stored results (with replacements applied); designation and office name are the office's current details.
/// </summary>
public sealed class DrawOutputService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<PrintHeader?> HeaderAsync(int stage, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // No current election yet means nothing to print, like a stage not yet accepted.
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        var run = election is null ? null : await DrawStore.AcceptedAsync(db, election.Id, stage, ct);
        return run is null || election is null ? null : new PrintHeader(election.Name, election.PollDate, stage, run.Seed, run.InputHash, run.OutputHash, run.AcceptedAt);
    }

    public async Task<IReadOnlyList<TrainingRow>> TrainingAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var outcome = await DrawOutcome.LoadAsync(db, ct);
        if (outcome.StageOne is null)
        {
            return [];
        }

        var people = await PeopleAsync(db, outcome, outcome.StageOne.Assignments.Select(a => a.EmployeeId), ct);
        return outcome.StageOne.Assignments.Select(a => new TrainingRow(a.Role.ToString(), RoleTitle(a.Role), people[a.EmployeeId]))
            .OrderBy(r => r.Role, StringComparer.Ordinal).ThenBy(r => r.Person.OfficeCode, StringComparer.Ordinal).ThenBy(r => r.Person.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<UnitParties>> PartiesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var outcome = await DrawOutcome.LoadAsync(db, ct);
        if (outcome.Parties is null)
        {
            return [];
        }

        var people = await PeopleAsync(db, outcome, outcome.Seats().Select(s => s.EmployeeId), ct);
        var names = UnitNames(outcome);
        return outcome.Parties.Parties.Select(p => new PartyRow(p.PartyNumber, p.UnitCode, p.IsReserve, p.AllWomen, Members(p, people)))
            .Concat(outcome.Parties.ReservePersons.Select(r => new PartyRow(null, r.UnitCode, true, false, [new PartyMemberRow(r.Role.ToString(), RoleTitle(r.Role), people[r.EmployeeId])])))
            .GroupBy(p => p.UnitCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnitParties(g.Key, names.GetValueOrDefault(g.Key, ""), g.ToList())).ToList();
    }

    /// <summary>One order per drafted person, grouped by office for distribution. <paramref name="marksOnly"/>: only orders marked for (re)print.</summary>
    public async Task<IReadOnlyList<AppointmentOrder>> OrdersAsync(string? officeCode, bool marksOnly, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var outcome = await DrawOutcome.LoadAsync(db, ct);
        if (outcome.Parties is null)
        {
            return [];
        }

        var people = await PeopleAsync(db, outcome, outcome.Seats().Select(s => s.EmployeeId), ct);
        var marks = await OrderMarks.LoadAsync(db, outcome.Election.Id, ct);
        var parties = outcome.Parties.Parties.ToDictionary(p => p.PartyNumber);
        var names = UnitNames(outcome);
        return outcome.Seats()
            .Select(s => new AppointmentOrder(people[s.EmployeeId], s.Role.ToString(), RoleTitle(s.Role), s.UnitCode, names.GetValueOrDefault(s.UnitCode, ""),
                s.PartyNumber, s.IsReserve, s.PartyNumber is { } n ? Members(parties[n], people) : [], marks.TryGetValue(s.EmployeeId, out var m) ? m : null))
            .Where(o => officeCode is null || o.Person.OfficeCode == officeCode)
            .Where(o => !marksOnly || o.Mark is not null)
            .OrderBy(o => o.Person.OfficeCode, StringComparer.Ordinal).ThenBy(o => o.Role, StringComparer.Ordinal).ThenBy(o => o.Person.Name, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<UnitAllotments>> AllotmentsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var outcome = await DrawOutcome.LoadAsync(db, ct);
        if (outcome.StageThree is null || outcome.Input is null)
        {
            return [];
        }

        var stations = outcome.Input.Stations.ToDictionary(s => (s.UnitCode, s.Number));
        var names = UnitNames(outcome);
        return outcome.StageThree.Allotments.GroupBy(a => a.UnitCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnitAllotments(g.Key, names.GetValueOrDefault(g.Key, ""), g.OrderBy(a => a.StationNumber)
                .Select(a => new AllotmentRow(a.PartyNumber, a.StationNumber, stations[(a.UnitCode, a.StationNumber)].Name, stations[(a.UnitCode, a.StationNumber)].WomenManaged)).ToList()))
            .ToList();
    }

    public async Task<IReadOnlyList<PartyExportRow>> PartyExportAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var outcome = await DrawOutcome.LoadAsync(db, ct);
        return outcome.Seats().OrderBy(s => s.UnitCode, StringComparer.Ordinal).ThenBy(s => s.PartyNumber ?? int.MaxValue).ThenBy(s => s.Role).ThenBy(s => s.EmployeeId)
            .Select(s => (Seat: s, P: outcome.People[s.EmployeeId]))
            .Select(x => new PartyExportRow(x.Seat.UnitCode, x.Seat.PartyNumber, x.Seat.Role.ToString(), x.P.Epic, x.P.Name, x.P.OfficeCode, x.P.Gender.ToString(),
                x.P.PayLevel, x.P.BasicPay, x.Seat.IsReserve)).ToList();
    }

    public async Task<IReadOnlyList<AllotmentExportRow>> AllotmentExportAsync(CancellationToken ct) =>
        (await AllotmentsAsync(ct)).SelectMany(u => u.Rows.Select(r => new AllotmentExportRow(u.UnitCode, r.PartyNumber, r.StationNumber, r.StationName, r.WomenManaged))).ToList();

    public async Task<IReadOnlyList<TrainingExportRow>> TrainingExportAsync(CancellationToken ct) =>
        (await TrainingAsync(ct)).Select(r => new TrainingExportRow(r.Role, r.Person.Epic, r.Person.Name, r.Person.Designation, r.Person.OfficeCode,
            r.Person.OfficeName, r.Person.Gender, r.Person.Mobile)).ToList();

    public async Task<OrderDetailsInput> GetOrderDetailsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var d = await db.Set<DrawOrderDetails>().AsNoTracking().FirstOrDefaultAsync(x => x.ElectionId == election.Id, ct);
        return d is null ? new OrderDetailsInput() : new OrderDetailsInput
        {
            OrderNumber = d.OrderNumber,
            TrainingPlace = d.TrainingPlace,
            TrainingTime = d.TrainingTime,
            ReportingPlace = d.ReportingPlace,
            ReportingTime = d.ReportingTime,
            Signatory = d.Signatory,
        };
    }

    public async Task SaveOrderDetailsAsync(OrderDetailsInput input, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var d = await db.Set<DrawOrderDetails>().FirstOrDefaultAsync(x => x.ElectionId == election.Id, ct);
        var before = d is null ? null : new { d.OrderNumber, d.TrainingPlace, d.TrainingTime, d.ReportingPlace, d.ReportingTime, d.Signatory };
        if (d is null)
        {
            db.Add(d = new DrawOrderDetails { ElectionId = election.Id });
        }

        d.OrderNumber = input.OrderNumber.Trim();
        d.TrainingPlace = input.TrainingPlace.Trim();
        d.TrainingTime = input.TrainingTime.Trim();
        d.ReportingPlace = input.ReportingPlace.Trim();
        d.ReportingTime = input.ReportingTime.Trim();
        d.Signatory = input.Signatory.Trim();
        d.UpdatedAt = clock.GetUtcNow();
        AuditLog.Record(db, await currentUser.GetNameAsync(), "DrawOrderDetailsSaved", nameof(DrawOrderDetails), $"{election.Id}", before, input);
        await db.SaveChangesAsync(ct);
    }

    public async Task LogExportAsync(string what, int rows, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "DrawExported", "DrawExport", what, after: new { Rows = rows });
        await db.SaveChangesAsync(ct);
    }

    // English: bilingual by design (English / Hindi on every order and list, as ECI prints them); the registered SMS templates carry it too
    public static string RoleTitle(Role role) => role switch
    {
        Role.PresidingOfficer => "Presiding Officer / पीठासीन अधिकारी",
        Role.PollingOfficer1 => "Polling Officer 1 / मतदान अधिकारी 1",
        Role.PollingOfficer2 => "Polling Officer 2 / मतदान अधिकारी 2",
        Role.PollingOfficer3 => "Polling Officer 3 / मतदान अधिकारी 3",
        _ => "Polling Officer 4 / मतदान अधिकारी 4",
    };

    private static List<PartyMemberRow> Members(DrawParty p, IReadOnlyDictionary<long, PrintedPerson> people) =>
        p.Members.OrderBy(m => m.Role).Select(m => new PartyMemberRow(m.Role.ToString(), RoleTitle(m.Role), people[m.EmployeeId])).ToList();

    private static Dictionary<string, string> UnitNames(DrawOutcome outcome) =>
        outcome.Input!.Units.GroupBy(u => u.Code).ToDictionary(g => g.Key, g => g.First().Name);

    private static async Task<IReadOnlyDictionary<long, PrintedPerson>> PeopleAsync(ElectionDbContext db, DrawOutcome outcome, IEnumerable<long> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().Select(id => (int)id).ToList();
        var details = await db.Employees.AsNoTracking().Where(e => wanted.Contains(e.Id))
            .Select(e => new { e.Id, e.Designation, e.Mobile, OfficeName = e.Office!.Name }).ToDictionaryAsync(e => (long)e.Id, ct);
        return wanted.ToDictionary(id => (long)id, id =>
        {
            var p = outcome.People[id];
            var d = details.GetValueOrDefault(id);
            return new PrintedPerson(id, p.Name, p.Epic, d?.Designation ?? "", p.OfficeCode, d?.OfficeName ?? "", p.Gender.ToString(), p.PayLevel, p.BasicPay, d?.Mobile ?? "");
        });
    }
}
