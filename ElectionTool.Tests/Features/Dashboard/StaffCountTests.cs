using ElectionTool.Cli;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Finalization;
using ElectionTool.Features.Import;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Features.OfficeStaff;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ElectionTool.Tests.Builders.EmployeeBuilder;
using static ElectionTool.Tests.Builders.StaffFiles;

namespace ElectionTool.Tests.Features.Dashboard;

/// <summary>The trigger-kept staff counts always equal a full recount, whatever path wrote the staff.</summary>
[Trait("Database", "Both")]
public sealed class StaffCountTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync() => _h = await ServiceHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task AssertCountsEqualRecountAsync(string after)
    {
        var differences = await _h.Get<StaffCountCheck>().FindDifferencesAsync(default);
        Assert.True(differences.Count == 0, $"After {after}: " + string.Join("; ", differences.Select(d => $"dept {d.DepartmentId} {StaffCountCheck.Describe(d.Facts)}: kept {d.Kept}, counted {d.Counted}")));
    }

    [Fact]
    public async Task Counts_equal_a_full_recount_after_a_random_sequence_of_saves_imports_deletes_finalizes_and_reopens()
    {
        var district = await _h.StaffDistrictAsync();
        var otherDepartment = await _h.DepartmentAsync("HLT", "Health");
        int[] offices = [district.OfficeA, district.OfficeB];
        var random = new Random(20261202);
        var next = 1;
        EmployeeInput Someone() => Person(next++).With(p =>
        {
            var level = 1 + random.Next(14);
            p.PayLevel = level.ToString();
            p.BasicPay = PayMatrix.Range(level).Min.ToString();
            p.ServiceGroup = level >= 10 ? "A" : level >= 6 ? "B" : "C";
            p.Gazetted = level >= 10 ? "true" : "false";
            p.Gender = random.Next(2) == 0 ? "M" : "F";
            p.EmploymentType = level < 10 && random.Next(6) == 0 ? "Contractual" : "Regular";
            p.Disability = random.Next(10) == 0 ? "true" : "false";
        });

        for (var step = 0; step < 60; step++)
        {
            var office = offices[random.Next(offices.Length)];
            var staff = await _h.EmployeesAsync(office);
            string done;
            switch (random.Next(8))
            {
                case 0 or 1:
                    var saved = await _h.Get<EmployeeService>().SaveRowAsync(office, Someone(), default);
                    Assert.True(saved.Succeeded || staff.Count > 0 && (await _h.Get<FinalizationService>().GetStatusAsync(office, default))!.State == StaffListState.Finalized,
                        string.Join(" ", saved.Errors));
                    done = "a grid save";
                    break;
                case 2 when staff.Count > 0:
                    var changed = (await _h.Get<EmployeeService>().GetInputAsync(office, staff[random.Next(staff.Count)].Id, default))!;
                    changed.Gender = changed.Gender == "M" ? "F" : "M";
                    await _h.Get<EmployeeService>().SaveRowAsync(office, changed, default);
                    done = "an edit";
                    break;
                case 3:
                    var rows = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Someone()).ToList();
                    await _h.Get<EmployeeImporter>().ImportAsync(office, Stream(Csv(rows)), "staff.csv", default);
                    done = "an import";
                    break;
                case 4 when staff.Count > 0:
                    await _h.Get<EmployeeService>().DeleteAsync(office, staff[random.Next(staff.Count)].Id, default);
                    done = "a delete";
                    break;
                case 5 when staff.Count > 0:
                    var men = staff.Count(e => e.Gender == Gender.Male);
                    await _h.Get<FinalizationService>().SetDeclaredStrengthAsync(office, new DeclaredStrengthInput { Total = staff.Count, Male = men, Female = staff.Count - men }, default);
                    await _h.Get<FinalizationService>().FinalizeAsync(office, certificateConfirmed: true, default);
                    done = "a finalize";
                    break;
                case 6:
                    await _h.Get<FinalizationService>().ReopenAsync(office, "Correction asked by the office", default);
                    done = "a reopen";
                    break;
                case 7 when staff.Count > 0:
                    // Writes outside the services: an exemption decided in bulk, and an office moved to another department.
                    await using (var db = _h.Db())
                    {
                        var id = staff[random.Next(staff.Count)].Id;
                        await db.Employees.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ExemptionStatus, ExemptionStatus.Approved));
                        await db.Offices.Where(o => o.Id == office).ExecuteUpdateAsync(s => s.SetProperty(o => o.DepartmentId, otherDepartment));
                    }
                    done = "a bulk update";
                    break;
                default:
                    continue;
            }
            await AssertCountsEqualRecountAsync($"step {step}, {done} in office {office}");
        }

        await using var check = _h.Db();
        Assert.True(await check.Employees.CountAsync() > 10, "The sequence should leave staff behind.");
        Assert.True(await check.Offices.AnyAsync(o => o.ListState == StaffListState.Finalized) || await check.ListEvents.AnyAsync(e => e.Kind == ListEventKind.Finalized),
            "The sequence should finalize at least once.");
    }

    [Fact]
    public async Task Dashboard_figures_from_the_counts_equal_the_full_scan_of_employees()
    {
        var district = await SmallDistrict.SeedAsync(_h);
        // Revenue counts as a central department, so micro-observers come from the counts' per-department groups.
        await using (var db = _h.Db())
        {
            var revenue = await db.Departments.SingleAsync(d => d.Id == district.Rev);
            revenue.Category = DepartmentCategory.CentralGovt;
            await db.SaveChangesAsync();
        }
        var scanner = new DashboardService(_h.Get<Microsoft.EntityFrameworkCore.IDbContextFactory<ElectionTool.Data.ElectionDbContext>>(), _h.Get<ElectionTool.Features.Common.DistrictClock>()) { FullScan = true };
        foreach (var scope in new[] { DashboardScope.District, DashboardScope.Departments([district.Rev], "REV"), DashboardScope.Departments([district.Edu], "EDU") })
        {
            var counted = await _h.Get<DashboardService>().GetSnapshotAsync(scope, default);
            var scanned = await scanner.GetSnapshotAsync(scope, default);
            AssertSameFigures(scanned, counted);
        }
        var whole = await _h.Get<DashboardService>().GetSnapshotAsync(DashboardScope.District, default);
        Assert.Contains(whole.Availability.Steps, s => s.Excluded > 0);
        Assert.True(whole.Availability.Duties.Single(d => d.Title == "Micro-observers").Eligible > 0, "Revenue's eligible staff are micro-observers.");
    }

    private static void AssertSameFigures(DashboardSnapshot scanned, DashboardSnapshot counted)
    {
        Assert.Equal(scanned.Departments, counted.Departments);
        Assert.Equal(scanned.Pool.ByGender, counted.Pool.ByGender);
        Assert.Equal(scanned.Pool.ByServiceGroup, counted.Pool.ByServiceGroup);
        Assert.Equal(scanned.Pool.ByPayLevel, counted.Pool.ByPayLevel);
        Assert.Equal(scanned.Availability.Steps, counted.Availability.Steps);
        Assert.Equal(scanned.Availability.Roles, counted.Availability.Roles);
        Assert.Equal(scanned.Availability.Eligible, counted.Availability.Eligible);
        Assert.Equal(scanned.Availability.Duties, counted.Availability.Duties);
        Assert.Equal(scanned.Availability.CoupleSpousesLeftOut, counted.Availability.CoupleSpousesLeftOut);
        Assert.Equal(scanned.Availability.TotalSeats, counted.Availability.TotalSeats);
        Assert.Equal(scanned.Availability.Stations, counted.Availability.Stations);
    }

    [Fact]
    public async Task Check_counts_exits_one_naming_a_broken_count_and_repair_recounts()
    {
        var district = await _h.StaffDistrictAsync();
        await _h.FillAsync(district.OfficeA, 3);
        Task<int> Cli(params string[] args) => CommandLine.RunAsync(_h.Services, args);
        Assert.Equal(0, await Cli("check-counts"));

        await using (var db = _h.Db())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"StaffCounts\" SET \"Staff\" = \"Staff\" + 1 WHERE \"Staff\" > 0");
        }
        var differences = await _h.Get<StaffCountCheck>().FindDifferencesAsync(default);
        Assert.NotEmpty(differences);
        Assert.All(differences, d => Assert.Equal(d.Counted + 1, d.Kept));
        Assert.Equal(1, await Cli("check-counts"));

        Assert.Equal(0, await Cli("check-counts", "--repair"));
        await AssertCountsEqualRecountAsync("a repair");
    }

    [Fact]
    public async Task Missing_triggers_are_put_back_at_start_and_the_counts_recounted()
    {
        var district = await _h.StaffDistrictAsync();
        await using (var db = _h.Db())
        {
            await db.Database.ExecuteSqlRawAsync(_h.Database.Provider == ElectionTool.Data.Providers.DatabaseProvider.PostgreSQL
                ? "DROP TRIGGER \"StaffCounts_EmployeeInserted\" ON \"Employees\""
                : "DROP TRIGGER StaffCounts_EmployeeInserted");
        }
        await _h.FillAsync(district.OfficeA, 2);
        Assert.NotEmpty(await _h.Get<StaffCountCheck>().FindDifferencesAsync(default));

        await using (var db = _h.Db())
        {
            Assert.True(await StaffCountCheck.EnsureTriggersAsync(db, default));
            Assert.False(await StaffCountCheck.EnsureTriggersAsync(db, default));
        }
        await AssertCountsEqualRecountAsync("putting the triggers back");
        await _h.FillAsync(district.OfficeB, 1);
        await AssertCountsEqualRecountAsync("a save after that");
    }
}
