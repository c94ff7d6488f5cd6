using Bunit;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Honorarium;
using ElectionTool.Features.Honorarium.Pages;
using ElectionTool.Features.Training;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Features.Training;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ElectionTool.Tests.Features.Honorarium;

/// <summary>The honorarium page shows the bank totals and names the people left out for bad bank details.</summary>
public sealed class HonorariumPageRenderTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private BunitContext _ctx = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DistrictAsync();
        await _h.Get<DrawService>().AcceptStageAsync(1);
        await TrainingTestSupport.ScheduleAsync(_h.Services);
        await _h.Get<TrainingAllotmentService>().AllotAsync("1", default);
        _ctx = ComponentContext.Over(_h.Services);
        _ctx.AddAuthorization().SetAuthorized(ServiceHarness.Actor);
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task Without_rates_the_page_says_nothing_is_owed_yet()
    {
        _ctx.Render<MudPopoverProvider>();
        var page = _ctx.Render<HonorariumPage>();

        page.WaitForAssertion(() => Assert.Contains("Nothing to pay yet", page.Find("[data-testid=bank-totals]").TextContent), TimeSpan.FromSeconds(5));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task The_bank_totals_show_each_bank_and_a_missing_IFSC_is_named()
    {
        string badEpic;
        await using (var db = _h.Db())
        {
            var seats = db.Set<TrainingSeat>().Where(s => s.Round == 1);
            await seats.ExecuteUpdateAsync(s => s.SetProperty(x => x.AttendedAt, DateTimeOffset.UnixEpoch));
            var people = await db.Employees.Where(e => seats.Any(s => s.EmployeeId == e.Id)).OrderBy(e => e.Id).ToListAsync();
            for (var i = 0; i < people.Count; i++)
            {
                people[i].BankAccount = $"{200000000000 + i}";
                people[i].Ifsc = i == 0 ? "" : i % 2 == 0 ? $"SBIN0{i:000000}" : $"HDFC0{i:000000}";
            }

            badEpic = people[0].Epic;
            await db.SaveChangesAsync();
        }

        var honorarium = _h.Get<HonorariumService>();
        var rates = (await honorarium.RatesAsync(default)).ToList();
        rates.ForEach(r => r.PerDay = r.Day == DutyDay.Training ? 300 : 0);
        await honorarium.SaveRatesAsync(rates, default);
        _ctx.Render<MudPopoverProvider>();

        var page = _ctx.Render<HonorariumPage>();

        page.WaitForAssertion(() =>
        {
            var totals = page.Find("[data-testid=bank-totals]").TextContent;
            Assert.Contains("SBIN", totals);
            Assert.Contains("HDFC", totals);
            Assert.Contains(badEpic, page.Find("[data-testid=flagged]").TextContent);
        }, TimeSpan.FromSeconds(5));
    }
}
