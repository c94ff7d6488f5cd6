using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Training;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Honorarium;

/// <summary>
/// Rates per duty and day, the amount each drafted person is owed (training days attended, poll days if in a party),
/// the bank schedule, and the paid mark from the bank's return file.
/// </summary>
public sealed class HonorariumService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<RateInput>> RatesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        var saved = election is null ? [] : await db.Set<HonorariumRate>().AsNoTracking().Where(r => r.ElectionId == election.Id).ToListAsync(ct);
        return DraftedStaff.KnownDuties.SelectMany(d => Enum.GetValues<DutyDay>().Select(day =>
        {
            var r = saved.FirstOrDefault(x => x.Duty == d && x.Day == day);
            return new RateInput { Duty = d, Day = day, PerDay = r?.PerDay ?? 0, Days = r?.Days ?? (day == DutyDay.Poll ? 2 : 1) };
        })).ToList();
    }

    public async Task SaveRatesAsync(IReadOnlyList<RateInput> rates, CancellationToken ct)
    {
        if (rates.FirstOrDefault(r => r.PerDay < 0 || r.PerDay > 100_000 || r.Days is < 0 or > 30) is { } bad)
        {
            throw new TrainingRefusedException(UiText.Format("{0} {1}: the rate is 0–100000 a day and the days 0–30.", DraftedStaff.DutyName(bad.Duty), EnumText.Display(bad.Day)));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var saved = await db.Set<HonorariumRate>().Where(r => r.ElectionId == election.Id).ToListAsync(ct);
        foreach (var input in rates)
        {
            var r = saved.FirstOrDefault(x => x.Duty == input.Duty && x.Day == input.Day);
            if (r is null)
            {
                db.Add(r = new HonorariumRate { ElectionId = election.Id, Duty = input.Duty, Day = input.Day });
            }

            (r.PerDay, r.Days) = (input.PerDay, input.Days);
        }

        AuditLog.Record(db, await currentUser.GetNameAsync(), "HonorariumRatesSaved", nameof(HonorariumRate), $"{election.Id}",
            saved.Select(r => new { r.Duty, Day = r.Day.ToString(), r.PerDay, r.Days }).ToList(), rates);
        await db.SaveChangesAsync(ct);
    }

    public async Task<HonorariumSchedule> ScheduleAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roster = await DraftedStaff.LoadAsync(db, ct);
        if (roster.Stage == 0)
        {
            return new HonorariumSchedule([], [], [], 0);
        }

        var rates = await db.Set<HonorariumRate>().AsNoTracking().Where(r => r.ElectionId == roster.ElectionId).ToListAsync(ct);
        var attended = await db.Set<TrainingSeat>().AsNoTracking().Where(s => s.ElectionId == roster.ElectionId && s.AttendedAt != null)
            .GroupBy(s => s.EmployeeId).Select(g => new { g.Key, Days = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Days, ct);
        var paid = await db.Set<HonorariumPayment>().AsNoTracking().Where(p => p.ElectionId == roster.ElectionId).ToDictionaryAsync(p => p.EmployeeId, p => p.Paid, ct);
        var lines = roster.People.Select(p =>
        {
            var training = attended.GetValueOrDefault(p.EmployeeId);
            var poll = p.OnPollDuty ? rates.FirstOrDefault(r => r.Duty == p.Duty && r.Day == DutyDay.Poll)?.Days ?? 0 : 0;
            var amount = training * Rate(rates, p.Duty, DutyDay.Training) + poll * Rate(rates, p.Duty, DutyDay.Poll);
            return new HonorariumLine(p.EmployeeId, p.Name, p.Epic, p.OfficeCode, p.Duty, training, poll, amount, (p.BankAccount ?? "").Trim(),
                (p.Ifsc ?? "").Trim().ToUpperInvariant(), BankDetails.Problem(p.BankAccount, p.Ifsc), paid.TryGetValue(p.EmployeeId, out var v) ? v : null);
        }).ToList();
        var owed = lines.Where(l => l.Amount > 0).ToList();
        var payable = owed.Where(l => l.Problem is null).OrderBy(l => l.Bank, StringComparer.Ordinal).ThenBy(l => l.Name, StringComparer.Ordinal).ToList();
        var banks = payable.GroupBy(l => l.Bank).Select(g => new BankTotal(g.Key, g.Count(), g.Sum(l => l.Amount))).ToList();
        return new HonorariumSchedule(payable, owed.Where(l => l.Problem is not null).OrderBy(l => l.OfficeCode, StringComparer.Ordinal).ToList(), banks, lines.Count - owed.Count);
    }

    /// <summary>
    /// Reads the bank's return file (header AccountNumber,IFSC,Amount,Status,Reference,Remark). Status SUCCESS, PAID or
    /// CREDITED marks the person paid; anything else unpaid with the remark. Rows matching nobody are reported.
    /// </summary>
    public async Task<ReturnOutcome> ImportReturnAsync(Stream csv, CancellationToken ct)
    {
        using var reader = new StreamReader(csv);
        var header = await reader.ReadLineAsync(ct) ?? "";
        if (!header.Replace(" ", "").StartsWith("AccountNumber,IFSC,Amount,Status", StringComparison.OrdinalIgnoreCase))
        {
            throw new TrainingRefusedException(UiText.Of("The return file's first line must be: AccountNumber,IFSC,Amount,Status,Reference,Remark"));
        }

        var schedule = await ScheduleAsync(ct);
        var byAccount = schedule.Payable.GroupBy(l => (l.Account, l.Ifsc)).ToDictionary(g => g.Key, g => g.First());
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var marks = await db.Set<HonorariumPayment>().Where(p => p.ElectionId == election.Id).ToDictionaryAsync(p => p.EmployeeId, ct);
        int paid = 0, failed = 0, row = 1;
        var unmatched = new List<string>();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            row++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var c = line.Split(',').Select(x => x.Trim().Trim('"')).ToArray();
            if (c.Length < 4 || !byAccount.TryGetValue((c[0], c[1].ToUpperInvariant()), out var person))
            {
                unmatched.Add(UiText.Format("Row {0}: account {1} / {2} is not in the schedule.", row, c.Length > 0 ? c[0] : "", c.Length > 1 ? c[1] : ""));
                continue;
            }

            var ok = c[3].ToUpperInvariant() is "SUCCESS" or "PAID" or "CREDITED";
            if (!marks.TryGetValue(person.EmployeeId, out var mark))
            {
                db.Add(mark = new HonorariumPayment { ElectionId = election.Id, EmployeeId = person.EmployeeId });
                marks[person.EmployeeId] = mark;
            }

            mark.Paid = ok;
            mark.Amount = decimal.TryParse(c[2], System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount) ? amount : person.Amount;
            mark.Reference = c.Length > 4 ? c[4] : "";
            mark.Remark = c.Length > 5 ? c[5] : "";
            mark.MarkedAt = clock.GetUtcNow();
            if (ok)
            {
                paid++;
            }
            else
            {
                failed++;
            }
        }

        AuditLog.Record(db, await currentUser.GetNameAsync(), "HonorariumReturnImported", nameof(HonorariumPayment), $"{election.Id}", after: new { paid, failed, Unmatched = unmatched.Count });
        await db.SaveChangesAsync(ct);
        return new ReturnOutcome(paid, failed, unmatched);
    }

    public async Task LogExportAsync(string what, int rows, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "HonorariumExported", "HonorariumExport", what, after: new { Rows = rows });
        await db.SaveChangesAsync(ct);
    }

    private static decimal Rate(List<HonorariumRate> rates, string duty, DutyDay day) => rates.FirstOrDefault(r => r.Duty == duty && r.Day == day)?.PerDay ?? 0;
}
