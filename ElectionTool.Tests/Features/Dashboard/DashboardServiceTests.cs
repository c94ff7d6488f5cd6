using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using ElectionTool.Features.Dashboard;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Dashboard;

/// <summary>Every dashboard figure against values worked out by hand on <see cref="SmallDistrict"/>.</summary>
[Trait("Database", "Both")]
public sealed class DashboardServiceTests : IAsyncLifetime
{
    private readonly FakeClock _clock = new();
    private ServiceHarness _h = default!;
    private SmallDistrict _d = default!;
    private DashboardService Dashboard => _h.Get<DashboardService>();

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync(clock: _clock);
        _d = await SmallDistrict.SeedAsync(_h);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    // The figures as every screen reads them: one snapshot.
    private Task<DashboardSnapshot> SnapshotAsync() => Dashboard.GetSnapshotAsync(DashboardScope.District, default);

    private async Task<(PoolBreakdown Breakdown, PoolAvailability Availability)> PoolAsync()
    {
        var snapshot = await SnapshotAsync();
        return (snapshot.Pool, snapshot.Availability);
    }

    [Fact]
    public async Task Headline_counts_offices_by_state_and_staff_entered_against_declared()
    {
        var headline = (await SnapshotAsync()).Headline;

        Assert.Equal((3, 1, 1, 1), (headline.Offices, headline.Finalized, headline.InProgress, headline.NotStarted));
        Assert.Equal((10, 15), (headline.EmployeesEntered, headline.EmployeesDeclared));
        Assert.Equal(33.3, Headline.Percent(headline.Finalized, headline.Offices));
        Assert.Equal("Test Assembly 2027", headline.Deadline!.ElectionName);
        Assert.Equal("3 days 5 hours left", DistrictTime.Remaining(headline.Deadline.At, _clock.GetUtcNow()));
    }

    [Fact]
    public async Task Department_table_gives_each_departments_offices_staff_and_percent_complete()
    {
        var rows = (await SnapshotAsync()).Departments;

        Assert.Equal(["EDU", "REV"], rows.Select(r => r.Code));
        Assert.Equal(new DepartmentProgress(_d.Edu, "EDU", "Education", 1, 0, 0, 1, 0, 3), rows[0]);
        Assert.Equal(new DepartmentProgress(_d.Rev, "REV", "Revenue", 2, 1, 1, 0, 10, 12), rows[1]);
        Assert.Equal(50, rows[1].PercentComplete);
    }

    [Fact]
    public async Task Pool_is_broken_down_by_gender_service_group_and_pay_level()
    {
        var (pool, _) = await PoolAsync();

        Assert.Equal([("Men", 5), ("Women", 5), ("Third gender", 0)], pool.ByGender.Select(c => (c.Label, c.Count)));
        Assert.Equal([("Group A", 3), ("Group B", 3), ("Group C", 4), ("Group D", 0)], pool.ByServiceGroup.Select(c => (c.Label, c.Count)));
        Assert.Equal([("L3", 1), ("L4", 1), ("L5", 2), ("L6", 1), ("L7", 1), ("L9", 1), ("L10", 2), ("L12", 1)], pool.ByPayLevel.Select(c => (c.Label, c.Count)));
    }

    [Fact]
    public async Task Each_exclusion_removes_its_people_in_the_draws_order()
    {
        var (_, availability) = await PoolAsync();

        Assert.Equal(
        [
            ("Office's list not finalized", 2, 8), ("Exemption approved", 1, 7), ("Person with disability", 1, 6),
            ("Retiring before poll date + margin", 1, 5), ("Every polling unit is their home unit", 0, 5),
        ], availability.Steps.Select(s => (s.Label, s.Excluded, s.Remaining)));
        Assert.Equal(5, availability.Eligible);
        Assert.Equal(1, availability.CoupleSpousesLeftOut);
        Assert.Equal(4, availability.PoolAfterCouples);
    }

    [Fact]
    public async Task A_nodal_officers_view_counts_the_couples_of_their_own_departments_only()
    {
        // The couple (e1 and his wife) work in Revenue's finalized office; Education has no finalized office at all.
        var revenue = await Dashboard.GetSnapshotAsync(DashboardScope.Departments([_d.Rev], "REV"), default);
        var education = await Dashboard.GetSnapshotAsync(DashboardScope.Departments([_d.Edu], "EDU"), default);

        Assert.Equal((1, 4), (revenue.Availability.CoupleSpousesLeftOut, revenue.Availability.PoolAfterCouples));
        Assert.Equal((0, 0), (education.Availability.CoupleSpousesLeftOut, education.Availability.PoolAfterCouples));
    }

    [Fact]
    public async Task Roles_count_their_band_after_exclusions_against_stations_times_composition_plus_reserve()
    {
        var (_, a) = await PoolAsync();

        // PO: level ≥ 8 or gazetted, never contractual → e1 and the gazetted level-5 officer. PO1: level ≥ 6, not contractual
        // → e1 and the two women at levels 7 and 6. PO2–PO4: all five eligible, two of them women.
        Assert.Equal(
        [
            (Role.PresidingOfficer, 2, 0, 7, 2), (Role.PollingOfficer1, 3, 2, 7, 2), (Role.PollingOfficer2, 5, 2, 7, 2),
            (Role.PollingOfficer3, 5, 2, 7, 2), (Role.PollingOfficer4, 5, 2, 3, 1),
        ], a.Roles.Select(r => (r.Role, r.Eligible, r.EligibleWomen, r.Seats, r.WomenSeats)));
        Assert.Equal((5, 2, false), (a.Roles[0].Shortfall, a.Roles[0].WomenShortfall, a.Roles[0].Enough));
        Assert.Equal((4, 0), (a.Roles[1].Shortfall, a.Roles[1].WomenShortfall));
        Assert.Equal((5, 31, 27), (a.Stations, a.TotalSeats, a.TotalShortfall));
        Assert.Null(a.NeedsUnavailableReason);
    }

    [Fact]
    public async Task A_person_whose_home_units_cover_every_polling_unit_is_excluded()
    {
        // Only AC-001 and AC-002 have stations; someone who votes in AC-002 and works in an AC-001 office cannot serve anywhere.
        await using var db = _h.Db();
        var ac2 = await db.ConstituencyUnits.Where(u => u.Code == "AC-002").Select(u => u.Id).SingleAsync();
        await db.AddEmployeeAsync(_d.RevFinalized, ac2);

        var (_, a) = await PoolAsync();

        Assert.Equal(1, a.Steps.Single(s => s.Label == "Every polling unit is their home unit").Excluded);
        Assert.Equal(5, a.Eligible);
    }

    [Fact]
    public async Task The_counts_agree_with_the_draw_engines_own_eligibility_person_by_person()
    {
        await using var db = _h.Db();
        var election = await db.Elections.SingleAsync(e => e.IsCurrent);
        var settings = ElectionTool.Features.Draw.DrawInputBuilder.SettingsOf(election);
        var people = await db.Employees.Include(e => e.Office).ThenInclude(o => o!.ConstituencyUnit).Include(e => e.VoterUnit).ToListAsync();
        var pool = people.Select(e => new DrawEmployee
        {
            Id = e.Id,
            Epic = e.Epic,
            Name = e.Name,
            OfficeId = e.OfficeId,
            OfficeCode = e.Office!.Code,
            DepartmentCode = "",
            Gender = ElectionTool.Features.Draw.DrawInputBuilder.Map(e.Gender),
            PayLevel = e.PayLevel,
            BasicPay = e.BasicPay,
            Gazetted = e.Gazetted,
            Contractual = e.EmploymentType == EmploymentType.Contractual,
            Disability = e.Disability,
            ExemptionApproved = e.ExemptionStatus == ExemptionStatus.Approved,
            RetirementDate = e.RetirementDate,
            VoterUnit = e.VoterUnit!.Code,
            OfficeUnit = e.Office.ConstituencyUnit?.Code,
            OfficeFinalized = e.Office.ListState == StaffListState.Finalized,
        }).ToList();
        var eligible = pool.Where(p => Eligibility.Exclusion(p, settings, ["AC-001", "AC-002"]) is null).ToList();

        var (_, a) = await PoolAsync();

        Assert.Equal(eligible.Count, a.Eligible);
        foreach (var role in a.Roles)
        {
            Assert.Equal(eligible.Count(p => Eligibility.InBand(p, role.Role, settings)), role.Eligible);
        }
    }

    [Fact]
    public async Task Without_a_current_election_the_needs_say_why_they_are_missing()
    {
        await using (var db = _h.Db())
        {
            await db.Elections.ExecuteUpdateAsync(s => s.SetProperty(e => e.IsCurrent, false));
        }

        var (_, a) = await PoolAsync();

        Assert.Contains("no current election", a.NeedsUnavailableReason);
        Assert.All(a.Roles, r => Assert.Equal(0, r.Seats));
    }

    [Fact]
    public async Task Progress_counts_finalizations_per_IST_day_net_of_reopenings_up_to_the_deadline()
    {
        var day0 = _d.Today.AddDays(-2);
        await using (var db = _h.Db())
        {
            await db.AddEventAsync(_d.RevInProgress, ListEventKind.Finalized, SmallDistrict.At(day0), 2);
            await db.AddEventAsync(_d.RevInProgress, ListEventKind.Reopened, SmallDistrict.At(day0.AddDays(1)), reason: "Two transfers missing");
            // 23:30 IST on day 1 is still day 1 in the district (18:00 UTC).
            await db.AddEventAsync(_d.RevFinalized, ListEventKind.Finalized, SmallDistrict.At(day0.AddDays(1), 23).AddMinutes(30), 8);
        }

        var progress = (await SnapshotAsync()).Progress;

        Assert.Equal((day0, 1, 0, (int?)1), Tuple(progress.Days[0]));
        Assert.Equal((day0.AddDays(1), 1, 1, (int?)1), Tuple(progress.Days[1]));
        Assert.Equal((day0.AddDays(2), 0, 0, (int?)1), Tuple(progress.Days[2]));
        Assert.Equal(progress.DeadlineDay, progress.Days[^1].Day);
        Assert.Null(progress.Days[^1].NetFinalizedToDate);
        Assert.Equal(3, progress.Offices);
    }

    [Fact]
    public async Task Feed_lists_the_latest_finalizations_and_reopenings_newest_first()
    {
        await using (var db = _h.Db())
        {
            await db.AddEventAsync(_d.RevInProgress, ListEventKind.Finalized, SmallDistrict.At(_d.Today.AddDays(-1)), 2);
            await db.AddEventAsync(_d.RevInProgress, ListEventKind.Reopened, SmallDistrict.At(_d.Today), reason: "Two transfers missing");
        }

        var feed = (await SnapshotAsync()).Feed;

        Assert.Equal([(ListEventKind.Reopened, "REV-2", "Two transfers missing"), (ListEventKind.Finalized, "REV-2", null)],
            feed.Select(f => (f.Kind, f.OfficeCode, f.Reason)));
        Assert.Equal(("REV", 2), (feed[1].DepartmentCode, feed[1].StaffCount));
    }

    [Fact]
    public async Task Feed_is_in_time_order_whatever_order_the_events_were_recorded_in()
    {
        // An import of older events (as the demo seeder writes them) must not put yesterday above today.
        await using (var db = _h.Db())
        {
            await db.AddEventAsync(_d.RevInProgress, ListEventKind.Finalized, SmallDistrict.At(_d.Today, 15), 2);
            await db.AddEventAsync(_d.RevFinalized, ListEventKind.Finalized, SmallDistrict.At(_d.Today.AddDays(-2)), 8);
            await db.AddEventAsync(_d.RevInProgress, ListEventKind.Reopened, SmallDistrict.At(_d.Today, 9), reason: "Wrong count");
        }

        var feed = (await SnapshotAsync()).Feed;

        Assert.Equal([SmallDistrict.At(_d.Today, 15), SmallDistrict.At(_d.Today, 9), SmallDistrict.At(_d.Today.AddDays(-2))], feed.Select(f => f.At));
    }

    [Fact]
    public async Task Department_offices_show_state_staff_and_numbers_to_call()
    {
        var rev = await Dashboard.GetDepartmentOfficesAsync(DashboardScope.District, "rev", default);

        Assert.NotNull(rev);
        Assert.Equal([("REV-2", StaffListState.InProgress, 2, 4), ("REV-1", StaffListState.Finalized, 8, 8)],
            rev.Offices.Select(o => (o.Code, o.State, o.Entered, o.Declared)));
        Assert.Equal($"97{_d.RevInProgress:00000000}", rev.Offices[0].HeadMobile);
    }

    private static (DateOnly, int, int, int?) Tuple(FinalizationDay d) => (d.Day, d.Finalized, d.Reopened, d.NetFinalizedToDate);
}
