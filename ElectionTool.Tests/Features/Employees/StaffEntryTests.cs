using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Employees;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Employees;

[Trait("Database", "Both")]
public sealed class StaffEntryTests : IAsyncLifetime
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
        _devgarh = await _h.OfficeAsync("REV-002", "REV");
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<RowOutcome> Save(int office, EmployeeInput input) => _h.Get<EmployeeService>().SaveRowAsync(office, input, default);

    [Fact]
    public async Task A_valid_row_is_saved_audited_and_starts_the_list()
    {
        var outcome = await Save(_rampur, EmployeeBuilder.Valid(1).With(i => i.Name = "राम कुमार"));

        Assert.Equal(SaveKind.Created, outcome.Kind);
        await using var db = _h.Db();
        var saved = await db.Employees.SingleAsync();
        Assert.Equal("राम कुमार", saved.Name);
        Assert.Equal(StaffListState.InProgress, (await db.Offices.SingleAsync(o => o.Id == _rampur)).ListState);
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.EntityType == "Employee" && a.Action == "Create" && a.After!.Contains("राम कुमार"));
    }

    [Fact]
    public async Task A_person_held_by_another_office_is_refused_with_that_office_named()
    {
        await Save(_rampur, EmployeeBuilder.Valid(1));

        var sameEpic = await Save(_devgarh, EmployeeBuilder.Valid(2).With(i => i.Epic = "ABC0000001"));
        var sameMobile = await Save(_devgarh, EmployeeBuilder.Valid(3).With(i => i.Mobile = "9876500001"));

        Assert.Equal("EPIC ABC0000001 is already entered by office REV-001 (no phone on record).", sameEpic.ErrorFor("EPIC"));
        Assert.Equal("Mobile 9876500001 is already entered by office REV-001 (no phone on record).", sameMobile.ErrorFor("Mobile"));
        await using var db = _h.Db();
        Assert.Equal(1, await db.Employees.CountAsync());
    }

    [Fact]
    public async Task Correcting_a_saved_row_updates_it_and_records_before_and_after()
    {
        await Save(_rampur, EmployeeBuilder.Valid(1));
        await using var db = _h.Db();
        var id = await db.Employees.Select(e => e.Id).SingleAsync();
        var input = await _h.Get<EmployeeService>().GetInputAsync(_rampur, id, default);

        var outcome = await Save(_rampur, input!.With(i => i.Designation = "Head Clerk"));

        Assert.Equal(SaveKind.Updated, outcome.Kind);
        var update = await db.AuditEntries.SingleAsync(a => a.Action == "Update");
        Assert.Contains("Assistant Grade-2", update.Before);
        Assert.Contains("Head Clerk", update.After);
        Assert.Equal(SaveKind.Unchanged, (await Save(_rampur, input!.With(i => i.Designation = "Head Clerk"))).Kind);
    }

    [Fact]
    public async Task A_spelling_variant_with_the_same_birth_date_is_saved_but_flagged()
    {
        await Save(_rampur, EmployeeBuilder.Valid(1).With(i => { i.Name = "Shri Rakesh Shrivastava"; i.FatherOrHusbandName = "Ram Prasad Shrivastava"; }));

        var variant = await Save(_devgarh, EmployeeBuilder.Valid(2).With(i => { i.Name = "Rakesh  Srivastav"; i.FatherOrHusbandName = "Ramprasad Srivastava"; }));
        var stranger = await Save(_devgarh, EmployeeBuilder.Valid(3).With(i => { i.Name = "Mohan Lal Gupta"; i.FatherOrHusbandName = "Kishan Gupta"; }));

        Assert.Equal(SaveKind.Created, variant.Kind);
        Assert.Equal(SaveKind.Created, stranger.Kind);
        await using var db = _h.Db();
        var flag = await db.DuplicateFlags.Include(f => f.Employee).Include(f => f.OtherEmployee).SingleAsync();
        Assert.Equal(DuplicateStatus.Open, flag.Status);
        Assert.Equal(["Rakesh  Srivastav", "Shri Rakesh Shrivastava"], new[] { flag.Employee!.Name, flag.OtherEmployee!.Name }.Order());
    }

    [Fact]
    public async Task A_different_birth_date_is_not_a_duplicate()
    {
        await Save(_rampur, EmployeeBuilder.Valid(1).With(i => i.Name = "Rakesh Shrivastava"));
        await Save(_devgarh, EmployeeBuilder.Valid(2).With(i => { i.Name = "Rakesh Shrivastava"; i.DateOfBirth = "16-08-1975"; }));

        await using var db = _h.Db();
        Assert.Equal(0, await db.DuplicateFlags.CountAsync());
    }

    [Fact]
    public async Task Deleting_the_last_row_returns_the_list_to_not_started()
    {
        await Save(_rampur, EmployeeBuilder.Valid(1));
        await using var db = _h.Db();
        var id = await db.Employees.Select(e => e.Id).SingleAsync();

        Assert.Null(await _h.Get<EmployeeService>().DeleteAsync(_rampur, id, default));
        Assert.Equal(StaffListState.NotStarted, (await db.Offices.AsNoTracking().SingleAsync(o => o.Id == _rampur)).ListState);
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.Action == "Delete" && a.EntityType == "Employee");
    }

    [Fact]
    public async Task Saving_notifies_listeners_with_the_office_and_department()
    {
        var received = new TaskCompletionSource<StaffListChange>();
        using var _ = _h.Get<StaffListNotifier>().Subscribe(change => { received.TrySetResult(change); return Task.CompletedTask; });

        await Save(_rampur, EmployeeBuilder.Valid(1));

        var change = await received.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal((_rampur, StaffChangeKind.RowsSaved), (change.OfficeId, change.Kind));
    }
}
