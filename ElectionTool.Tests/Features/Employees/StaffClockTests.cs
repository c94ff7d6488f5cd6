using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Employees;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Employees;

/// <summary>Every staff write stamps the app's clock (a fake one here), never the machine's.</summary>
public sealed class StaffClockTests : IAsyncLifetime
{
    private readonly FakeClock _clock = new();
    private ServiceHarness _h = default!;
    private int _rampur;
    private int _devgarh;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync(clock: _clock);
        await _h.DepartmentAsync("REV", "Revenue");
        await _h.AcAsync(201);
        _rampur = await _h.OfficeAsync("REV-001", "REV");
        _devgarh = await _h.OfficeAsync("REV-002", "REV");
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Saved_rows_their_audit_entries_and_duplicate_flags_carry_the_fake_clocks_time()
    {
        var employees = _h.Get<EmployeeService>();
        var created = FakeClock.JustBeforeMidnightUtc;
        var id = (await employees.SaveRowAsync(_rampur, EmployeeBuilder.Valid(1).With(i => (i.Name, i.FatherOrHusbandName) = ("Rakesh Shrivastava", "Ram Prasad Shrivastava")), default)).EmployeeId;

        _clock.Advance(TimeSpan.FromHours(3));
        var later = _clock.GetUtcNow();
        var update = (await employees.GetInputAsync(_rampur, id, default))!.With(i => i.Designation = "Head Clerk");
        Assert.Equal(SaveKind.Updated, (await employees.SaveRowAsync(_rampur, update, default)).Kind);
        await employees.SaveRowAsync(_devgarh, EmployeeBuilder.Valid(2).With(i => (i.Name, i.FatherOrHusbandName) = ("Rakesh Srivastav", "Ramprasad Srivastava")), default);

        await using var db = _h.Db();
        var saved = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == id);
        Assert.Equal((created, later), (saved.CreatedAt, saved.UpdatedAt));
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Employee").OrderBy(a => a.Id).Select(a => a.At).ToListAsync();
        Assert.Equal([created, later, later], audit);
        Assert.Equal(later, (await db.DuplicateFlags.AsNoTracking().SingleAsync()).FlaggedAt);
        Assert.Equal(later, (await db.Offices.AsNoTracking().SingleAsync(o => o.Id == _rampur)).LastActivityAt);
    }

    [Fact]
    public async Task Age_is_reckoned_on_the_districts_date_not_the_servers()
    {
        // 23:50 UTC on 19 Dec is already 20 Dec in India: a person born 20 Dec 1966 is 60 that day, past service age.
        var outcome = await _h.Get<EmployeeService>().SaveRowAsync(_rampur, EmployeeBuilder.Valid(1).With(i => i.DateOfBirth = "20-12-1966"), default);

        Assert.Equal(new DateOnly(2026, 12, 20), _h.Get<EmployeeService>().Today);
        Assert.Contains("Age 60", outcome.ErrorFor("DateOfBirth"));
    }
}
