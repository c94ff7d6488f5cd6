using System.Diagnostics;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Demo;
using ElectionTool.Features.Finalization;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ElectionTool.Tests.Features.Dashboard;

/// <summary>
/// A measurement, not a pass/fail check of speed: N real dashboard circuits (headless chromium tabs) on the
/// demo district while offices finalize; prints memory per circuit, server CPU and finalize-to-screen times.
/// Run with: RUN_LOAD_MEASUREMENT=100 dotnet test ElectionTool.Tests --filter DashboardLoadMeasurement --logger "console;verbosity=detailed"
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class DashboardLoadMeasurement(BrowserFixture browser, ITestOutputHelper output)
{
    private static int Screens => int.TryParse(Environment.GetEnvironmentVariable("RUN_LOAD_MEASUREMENT"), out var n) ? n : 0;

    [SkippableFactWhenUnset]
    public async Task Many_dashboards_follow_offices_finalizing()
    {
        await using var app = new AppFactory();
        var url = app.StartOnRealPort();
        await app.WithScopeAsync(sp => sp.GetRequiredService<DemoDistrictSeeder>().SeedAsync(150, reset: false, default, employeeCount: 5000));
        var signIn = await browser.NewPageAsync();
        await signIn.SignInAsync(url, "demo-admin", DemoDistrictSeeder.DemoPassword);
        await signIn.WaitInteractiveAsync();
        var state = await signIn.Context.StorageStateAsync();

        var baseline = ServerMemory();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { StorageState = state, ViewportSize = new() { Width = 1280, Height = 800 } });
        var pages = new List<IPage>();
        for (var i = 0; i < Screens; i++)
        {
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(120_000);
            await page.GotoAsync($"{url}/dashboard");
            await page.WaitInteractiveAsync();
            pages.Add(page);
        }
        var loaded = ServerMemory();
        output.WriteLine($"{Screens} dashboards open: server managed heap {baseline.Heap:N0} → {loaded.Heap:N0} MB, working set {baseline.WorkingSet:N0} → {loaded.WorkingSet:N0} MB");
        output.WriteLine($"per circuit: {(loaded.Heap - baseline.Heap) * 1024.0 / Screens:N0} KB managed, {(loaded.WorkingSet - baseline.WorkingSet) * 1024.0 / Screens:N0} KB working set");

        var offices = await OfficesReadyToFinalizeAsync(app, 5);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var latencies = new List<double>();
        foreach (var officeId in offices)
        {
            var before = await pages[0].GetByTestId("headline-finalized").InnerTextAsync();
            var clock = Stopwatch.StartNew();
            var result = await app.WithScopeAsync(sp => sp.GetRequiredService<FinalizationService>().FinalizeAsync(officeId, true, default));
            Assert.True(result.Succeeded, result.Message);
            await Task.WhenAll(pages.Select(async page =>
            {
                await Assertions.Expect(page.GetByTestId("headline-finalized")).Not.ToContainTextAsync(before, new() { Timeout = 60_000 });
                lock (latencies)
                {
                    latencies.Add(clock.Elapsed.TotalMilliseconds);
                }
            }));
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        latencies.Sort();
        output.WriteLine($"{offices.Count} finalizes × {Screens} screens: finalize→screen median {latencies[latencies.Count / 2]:N0} ms, " +
            $"95th {latencies[(int)(latencies.Count * 0.95)]:N0} ms, max {latencies[^1]:N0} ms");
        output.WriteLine($"test-process CPU {cpu.TotalMilliseconds:N0} ms over {wall.ElapsedMilliseconds:N0} ms wall (server + Playwright driver; chromium is separate)");
        await context.CloseAsync();
    }

    private static (double Heap, double WorkingSet) ServerMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(true) / 1048576.0, process.WorkingSet64 / 1048576.0);
    }

    private static async Task<List<int>> OfficesReadyToFinalizeAsync(AppFactory app, int count)
    {
        var ids = new List<int>();
        await app.WithDbAsync(async db =>
        {
            var open = await db.Offices.Where(o => o.ListState == StaffListState.InProgress && db.Employees.Any(e => e.OfficeId == o.Id))
                .OrderBy(o => o.Id).Take(count).ToListAsync();
            foreach (var office in open)
            {
                office.DeclaredTotal = await db.Employees.CountAsync(e => e.OfficeId == office.Id);
                office.DeclaredMale = await db.Employees.CountAsync(e => e.OfficeId == office.Id && e.Gender == Gender.Male);
                office.DeclaredFemale = await db.Employees.CountAsync(e => e.OfficeId == office.Id && e.Gender == Gender.Female);
                ids.Add(office.Id);
            }
            await db.SaveChangesAsync();
        });
        return ids;
    }

    /// <summary>Runs only when RUN_LOAD_MEASUREMENT names a screen count; otherwise reported as skipped.</summary>
    private sealed class SkippableFactWhenUnsetAttribute : FactAttribute
    {
        public SkippableFactWhenUnsetAttribute()
        {
            if (Screens <= 0)
            {
                Skip = "A measurement: set RUN_LOAD_MEASUREMENT=100 to run it.";
            }
        }
    }
}
