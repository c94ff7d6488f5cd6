using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Duplicates;
using ElectionTool.Features.Employees;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Employees;

[Trait("Database", "Both")]
public sealed class DuplicateResolutionTests : IAsyncLifetime
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
        var employees = _h.Get<EmployeeService>();
        await employees.SaveRowAsync(_rampur, EmployeeBuilder.Valid(1).With(i => { i.Name = "Sunita Verma"; i.FatherOrHusbandName = "Mohan Verma"; }), default);
        await employees.SaveRowAsync(_devgarh, EmployeeBuilder.Valid(2).With(i =>
        {
            i.Name = "Suneeta Varma"; i.FatherOrHusbandName = "Mohan Verma"; i.BankAccount = "1234567890"; i.Ifsc = "SBIN0001234";
        }), default);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<DuplicatePair> OnlyPair() => Assert.Single((await _h.Get<DuplicateService>().ListOpenAsync(new PageRequest(), default)).Items);

    [Fact]
    public async Task Merge_keeps_one_record_fills_its_gaps_and_deletes_the_other()
    {
        var pair = await OnlyPair();
        var keep = pair.First.OfficeCode == "REV-001" ? pair.First : pair.Second;

        Assert.Null(await _h.Get<DuplicateService>().MergeAsync(pair.FlagId, keep.Id, default));

        await using var db = _h.Db();
        var survivor = await db.Employees.SingleAsync();
        Assert.Equal(("Sunita Verma", "1234567890"), (survivor.Name, survivor.BankAccount));
        Assert.Empty((await _h.Get<DuplicateService>().ListOpenAsync(new PageRequest(), default)).Items);
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.Action == "Delete (merged)" && a.Before!.Contains("Suneeta Varma"));
    }

    [Fact]
    public async Task Keep_both_closes_the_flag_and_keeps_both_people()
    {
        var pair = await OnlyPair();

        Assert.Null(await _h.Get<DuplicateService>().KeepBothAsync(pair.FlagId, default));

        await using var db = _h.Db();
        Assert.Equal(2, await db.Employees.CountAsync());
        Assert.Equal(DuplicateStatus.KeptBoth, (await db.DuplicateFlags.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_record_on_a_finalized_list_is_not_deleted_until_reopened()
    {
        var pair = await OnlyPair();
        await using (var db = _h.Db())
        {
            await db.Offices.Where(o => o.Id == _devgarh).ExecuteUpdateAsync(s => s.SetProperty(o => o.ListState, StaffListState.Finalized));
        }
        var keep = pair.First.OfficeCode == "REV-001" ? pair.First : pair.Second;

        var refusal = await _h.Get<DuplicateService>().DeleteOneAsync(pair.FlagId, keep.Id, default);

        Assert.Equal(Office.LockedMessage("Office REV-002", "REV-002"), refusal);
    }
}
