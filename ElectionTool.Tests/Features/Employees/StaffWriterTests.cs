using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Common;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Exemptions;
using ElectionTool.Features.Finalization;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Features.OfficeStaff;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Employees;

/// <summary>The staff write path: one transaction, ids back, one-person-once under load, privacy of other offices.</summary>
[Trait("Database", "Both")]
public sealed class StaffWriterTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private int _rampur;
    private int _devgarh;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DepartmentAsync("REV", "Revenue");
        await _h.AcAsync(201);
        _rampur = await _h.OfficeAsync("REV-001", "REV");
        _devgarh = await _h.OfficeAsync("PWD-003", "REV");
        await using var db = _h.Db();
        var pwd = await db.Offices.SingleAsync(o => o.Id == _devgarh);
        (pwd.Name, pwd.Phone) = ("PWD Sub-Division Salaiya", "07752-222333");
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private EmployeeService Employees => _h.Get<EmployeeService>();

    [Fact]
    public async Task An_operator_learns_only_the_holding_office_and_its_phone()
    {
        await Employees.SaveRowAsync(_devgarh, EmployeeBuilder.Valid(1).With(i => i.Name = "Arvind Pandey"), default);

        var refused = await Employees.SaveRowAsync(_rampur, EmployeeBuilder.Valid(2).With(i => i.Mobile = "9876500001"), default);

        Assert.Equal("Mobile 9876500001 is already entered by office PWD-003 (phone 07752-222333).", refused.ErrorFor("Mobile"));
        Assert.DoesNotContain(refused.Errors, e => e.Message.Contains("Arvind") || e.Message.Contains("Salaiya"));
    }

    [Fact]
    public async Task The_Admin_sees_who_is_held_and_by_which_office()
    {
        await Employees.SaveRowAsync(_devgarh, EmployeeBuilder.Valid(1).With(i => i.Name = "Arvind Pandey"), default);
        await using var admin = _h.Services.CreateAsyncScope();
        admin.ServiceProvider.GetRequiredService<CurrentUser>().ActAs("admin", seesWholeDistrict: true);

        var refused = await admin.ServiceProvider.GetRequiredService<EmployeeService>().SaveRowAsync(_rampur, EmployeeBuilder.Valid(2).With(i => i.Epic = "ABC0000001"), default);

        Assert.Equal("EPIC ABC0000001 is already entered for Arvind Pandey by PWD Sub-Division Salaiya (PWD-003, phone 07752-222333).", refused.ErrorFor("EPIC"));
    }

    [Fact]
    public async Task Format_errors_and_a_duplicate_are_reported_in_one_pass_naming_the_person_once()
    {
        await Employees.SaveRowAsync(_rampur, EmployeeBuilder.Valid(1).With(i => i.Name = "Sunita Verma"), default);

        var refused = await Employees.SaveRowAsync(_rampur, EmployeeBuilder.Valid(2).With(i => { i.Gender = "X"; i.Mobile = "9876500001"; }), default);

        Assert.NotNull(refused.ErrorFor("Gender"));
        Assert.Equal("Mobile 9876500001 is already on this office's list (Sunita Verma).", refused.ErrorFor("Mobile"));
    }

    [Fact]
    public async Task A_save_returns_the_new_id_and_writes_row_audit_and_version_together()
    {
        int versionBefore;
        await using (var db = _h.Db())
        {
            versionBefore = (await db.Offices.SingleAsync(o => o.Id == _rampur)).Version;
        }

        var saved = await Employees.SaveRowAsync(_rampur, EmployeeBuilder.Valid(1), default);

        await using var check = _h.Db();
        Assert.Equal(SaveKind.Created, saved.Kind);
        Assert.Equal(await check.Employees.Where(e => e.Epic == "ABC0000001").Select(e => e.Id).SingleAsync(), saved.EmployeeId);
        Assert.Equal(versionBefore + 1, (await check.Offices.SingleAsync(o => o.Id == _rampur)).Version);
        Assert.Single(await check.AuditEntries.Where(a => a.Action == "Create").ToListAsync());
    }

    [Fact]
    public async Task Rows_staged_before_a_finalize_are_not_written_after_it_and_nothing_half_applies()
    {
        await using var db = _h.Db();
        var writer = (await Employees.OpenWriterAsync(db, _rampur, default))!;
        await writer.PrefetchAsync([EmployeeBuilder.Valid(1)], default);
        Assert.True(writer.Apply(EmployeeBuilder.Valid(1), matchByEpic: true).Succeeded);
        await using (var other = _h.Db())
        {
            (await other.Offices.SingleAsync(o => o.Id == _rampur)).ListState = StaffListState.Finalized;
            await other.SaveChangesAsync();
        }

        var outcome = Assert.Single(await writer.SaveAsync(default)).Outcome;

        Assert.Equal(Office.LockedMessage("Office REV-001", "REV-001"), outcome.ErrorFor(""));
        await using var check = _h.Db();
        Assert.Equal(0, await check.Employees.CountAsync());
        Assert.Equal(0, await check.AuditEntries.CountAsync(a => a.EntityType == "Employee"));
    }

    [Fact]
    public async Task A_person_entered_by_another_office_between_check_and_write_is_rejected_alone()
    {
        await using var first = _h.Db();
        await using var second = _h.Db();
        var a = (await Employees.OpenWriterAsync(first, _rampur, default))!;
        var b = (await Employees.OpenWriterAsync(second, _devgarh, default))!;
        var rowsA = Enumerable.Range(1, 20).Select(n => EmployeeBuilder.Valid(n)).ToList();
        var rowsB = Enumerable.Range(11, 20).Select(n => EmployeeBuilder.Valid(n)).ToList();
        await a.PrefetchAsync(rowsA, default);
        await b.PrefetchAsync(rowsB, default);
        rowsA.ForEach(r => a.Apply(r, matchByEpic: true, tag: int.Parse(r.Epic[3..])));
        rowsB.ForEach(r => b.Apply(r, matchByEpic: true, tag: int.Parse(r.Epic[3..])));

        var savedA = await a.SaveAsync(default);
        var savedB = await b.SaveAsync(default);

        Assert.All(savedA, s => Assert.True(s.Outcome.Succeeded));
        Assert.Equal(10, savedB.Count(s => s.Outcome.Succeeded));
        Assert.All(savedB.Where(s => s.Tag <= 20), s => Assert.Equal($"EPIC ABC{s.Tag:0000000} is already entered by office REV-001 (no phone on record).", s.Outcome.ErrorFor("EPIC")));
        await using var check = _h.Db();
        Assert.Equal(30, await check.Employees.CountAsync());
    }

    [Fact]
    public async Task A_hundred_clerks_saving_at_once_lose_nothing_and_enter_nobody_twice()
    {
        var offices = new[] { _rampur, _devgarh };
        // 100 different people, and 20 clerks racing to enter one more person (ABC0009999) from both offices.
        var saves = Enumerable.Range(1, 100).Select(n => (Office: offices[n % 2], Row: EmployeeBuilder.Valid(n)))
            .Concat(Enumerable.Range(0, 20).Select(n => (Office: offices[n % 2], Row: EmployeeBuilder.Valid(9999))));

        var outcomes = await Task.WhenAll(saves.Select(s => Task.Run(async () =>
        {
            await using var scope = _h.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<EmployeeService>().SaveRowAsync(s.Office, s.Row, default);
        })));

        await using var db = _h.Db();
        Assert.Equal(101, outcomes.Count(o => o.Succeeded));
        Assert.Equal(101, await db.Employees.CountAsync());
        Assert.Equal(101, await db.Employees.Select(e => e.Epic).Distinct().CountAsync());
        Assert.Equal(outcomes.Where(o => o.Succeeded).Select(o => o.EmployeeId).Order(), await db.Employees.Select(e => e.Id).OrderBy(i => i).ToListAsync());
        Assert.Equal(19, outcomes.Count(o => o.ErrorFor("EPIC")?.Contains("ABC0009999") == true));
    }

    [Fact]
    public async Task A_finalized_list_is_locked_with_one_message_everywhere()
    {
        var person = (await Employees.SaveRowAsync(_rampur, EmployeeBuilder.Valid(1), default)).EmployeeId;
        await using (var db = _h.Db())
        {
            (await db.Offices.SingleAsync(o => o.Id == _rampur)).ListState = StaffListState.Finalized;
            await db.SaveChangesAsync();
        }
        var locked = Office.LockedMessage("Office REV-001", "REV-001");

        Assert.Equal(locked, (await Employees.SaveRowAsync(_rampur, EmployeeBuilder.Valid(2), default)).ErrorFor(""));
        Assert.Equal(locked, await Employees.DeleteAsync(_rampur, person, default));
        Assert.Equal(locked, await _h.Get<ExemptionService>().RequestAsync(_rampur, person, ExemptionReason.Medical, null, default));
        Assert.Equal(locked, await _h.Get<FinalizationService>().SetDeclaredStrengthAsync(_rampur, new DeclaredStrengthInput { Total = 1, Male = 1 }, default));
    }
}
