using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Honorarium;
using ElectionTool.Features.Training;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Features.Training;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Honorarium;

public sealed class BankScheduleTests
{
    [Theory]
    [InlineData("123456789012", "SBIN0001234", null)]
    [InlineData("123456789012", "SBIN1001234", "IFSC")]
    [InlineData("123456789012", "", "IFSC missing")]
    [InlineData("12AB", "HDFC0000001", "account number")]
    [InlineData(null, "HDFC0000001", "account number missing")]
    public void Bank_details_are_checked(string? account, string ifsc, string? problem)
    {
        var found = BankDetails.Problem(account, ifsc);
        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found);
        }
    }

    [Fact]
    public async Task Sums_by_bank_are_right_and_a_bad_IFSC_is_flagged_not_dropped()
    {
        await using var h = await ServiceHarness.CreateAsync();
        await h.DistrictAsync();
        await h.Get<DrawService>().AcceptStageAsync(1);
        await h.Get<DrawService>().AcceptStageAsync(2);
        await TrainingTestSupport.ScheduleAsync(h.Services);
        await h.Get<TrainingAllotmentService>().AllotAsync("1", default);
        var people = (await h.Get<DraftedStaff>().LoadAsync(default)).People;
        string[] banks = ["SBIN", "PUNB", "HDFC"];
        await using (var db = h.Db())
        {
            var ids = people.Select(p => p.EmployeeId).ToList();
            var employees = await db.Employees.Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync();
            for (var i = 0; i < employees.Count; i++)
            {
                employees[i].BankAccount = $"{100000000000 + i}";
                employees[i].Ifsc = i == 0 ? "SBIN123" : $"{banks[i % 3]}0{i:000000}";
            }
            await db.Set<TrainingSeat>().Where(s => s.Round == 1).ExecuteUpdateAsync(s => s.SetProperty(x => x.AttendedAt, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }
        var honorarium = h.Get<HonorariumService>();
        var rates = (await honorarium.RatesAsync(default)).ToList();
        foreach (var r in rates)
        {
            r.PerDay = r.Day == DutyDay.Training ? 250 : r.Day == DutyDay.Poll ? (r.Duty == "PresidingOfficer" ? 500 : 400) : 0;
            r.Days = r.Day == DutyDay.Poll ? 2 : 1;
        }
        await honorarium.SaveRatesAsync(rates, default);

        var schedule = await honorarium.ScheduleAsync(default);

        var flagged = Assert.Single(schedule.Flagged);
        Assert.Equal(people.OrderBy(p => p.EmployeeId).First().EmployeeId, flagged.EmployeeId);
        Assert.Contains("SBIN123", flagged.Problem);
        Assert.Equal(people.Count - 1, schedule.Payable.Count);
        var expected = people.OrderBy(p => p.EmployeeId).Skip(1)
            .Select((p, i) => (Bank: banks[(i + 1) % 3], Amount: 250m + (p.OnPollDuty ? 2 * (p.Duty == "PresidingOfficer" ? 500m : 400m) : 0m)))
            .GroupBy(x => x.Bank).ToDictionary(g => g.Key, g => g.Sum(x => x.Amount));
        Assert.Equal(expected.OrderBy(x => x.Key), schedule.Banks.ToDictionary(b => b.Bank, b => b.Amount).OrderBy(x => x.Key));

        var csv = BankScheduleFile.Csv(schedule, "PUNB");
        var lines = csv.Trim().Split('\n');
        Assert.Equal("SlNo,BeneficiaryName,AccountNumber,IFSC,Amount,Narration,Bank", lines[0]);
        Assert.Equal(expected["PUNB"], lines.Skip(1).Sum(l => decimal.Parse(l.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("SBIN123", BankScheduleFile.FlaggedCsv(schedule));

        // The bank's return file marks paid and unpaid.
        var paid = schedule.Payable[0];
        var failed = schedule.Payable[1];
        var returnFile = $"AccountNumber,IFSC,Amount,Status,Reference,Remark\n{paid.Account},{paid.Ifsc},{paid.Amount},SUCCESS,UTR1,\n{failed.Account},{failed.Ifsc},{failed.Amount},REJECTED,,Account closed\n999,SBIN0000000,10,SUCCESS,,\n";
        var outcome = await honorarium.ImportReturnAsync(new MemoryStream(Encoding.UTF8.GetBytes(returnFile)), default);
        Assert.Equal((1, 1, 1), (outcome.Paid, outcome.Failed, outcome.Unmatched.Count));
        var after = await honorarium.ScheduleAsync(default);
        Assert.True(after.Payable.Single(l => l.EmployeeId == paid.EmployeeId).Paid);
        Assert.False(after.Payable.Single(l => l.EmployeeId == failed.EmployeeId).Paid);
    }
}
