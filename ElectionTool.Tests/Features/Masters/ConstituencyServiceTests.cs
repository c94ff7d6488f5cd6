using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Masters.Constituencies;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Masters;

public sealed class ConstituencyServiceTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;

    public async Task InitializeAsync() => _h = await ServiceHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<ImportReport> ImportAsync(string csv) =>
        _h.Get<MasterImporter>().ImportAsync(_h.Get<ConstituencyService>(), new MemoryStream(Encoding.UTF8.GetBytes(csv)), default);

    [Fact]
    public async Task Import_derives_the_code_from_the_number_and_reports_bad_rows_by_line()
    {
        var report = await ImportAsync("Number,Name\n71,Bhopal Uttar\nabc,Nowhere\n0,Zero\n72,\n150,गोविंदपुरा\n");

        Assert.Equal((5, 2), (report.Read, report.Created));
        Assert.Contains(report.Rejected, r => r.Line == 3 && r.Column == "Number" && r.Reason.Contains("'abc'"));
        Assert.Contains(report.Rejected, r => r.Line == 4 && r.Column == "Number");
        Assert.Contains(report.Rejected, r => r.Line == 5 && r.Column == "Name");
        await using var db = _h.Db();
        var units = await db.ConstituencyUnits.OrderBy(u => u.Number).ToListAsync();
        Assert.Equal(["AC-071", "AC-150"], units.Select(u => u.Code));
        Assert.All(units, u => Assert.Equal(UnitKind.AssemblyConstituency, u.Kind));
        Assert.Equal("गोविंदपुरा", units[1].Name);
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing_and_a_renamed_row_updates()
    {
        await ImportAsync("Number,Name\n71,Bhopal Uttar\n72,Narela\n");
        var again = await ImportAsync("Number,Name\n71,Bhopal Uttar\n72,Narela\n");
        var renamed = await ImportAsync("Number,Name\n71,Bhopal Uttar\n72,Narela (SC)\n");

        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal((0, 1, 1), (renamed.Created, renamed.Updated, renamed.Unchanged));
        await using var db = _h.Db();
        Assert.Equal(2, await db.ConstituencyUnits.CountAsync());
    }

    [Fact]
    public async Task Delete_is_refused_while_stations_and_offices_refer_to_the_constituency()
    {
        await _h.AcAsync(71);
        await _h.DepartmentAsync("REV");
        await _h.OfficeAsync("REV-001", "REV", "AC-071");
        await _h.StationAsync("AC-071", 1);
        await _h.StationAsync("AC-071", 2);

        var refusal = await _h.Get<ConstituencyService>().DeleteAsync("AC-071", default);

        Assert.Equal("AC-071 is used by 2 polling station(s) and 1 office(s); move or delete them first.", refusal);
        await using var db = _h.Db();
        Assert.Equal(1, await db.ConstituencyUnits.CountAsync());
    }

    [Fact]
    public async Task An_unused_constituency_is_deleted_and_the_deletion_audited()
    {
        await _h.AcAsync(71);

        var refusal = await _h.Get<ConstituencyService>().DeleteAsync("AC-071", default);

        Assert.Null(refusal);
        await using var db = _h.Db();
        Assert.Equal(0, await db.ConstituencyUnits.CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "Delete" && a.EntityKey == "AC-071"));
    }

    [Fact]
    public async Task The_unit_finder_offers_acs_and_wards_by_code_or_name()
    {
        await _h.AcAsync(71, "Bhopal Uttar");
        await _h.AcAsync(72, "Narela");

        var byName = await _h.Get<ConstituencyService>().FindUnitsAsync("narela", default);
        var all = await _h.Get<ConstituencyService>().FindUnitsAsync(null, default);

        Assert.Equal("AC-072", Assert.Single(byName).Code);
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task Delete_is_refused_while_employees_are_voters_residents_or_natives_of_the_constituency()
    {
        await _h.AcAsync(71);
        await _h.AcAsync(72);
        await _h.DepartmentAsync("REV");
        var officeId = await _h.OfficeAsync("REV-001", "REV");
        var saved = await _h.Get<EmployeeService>().SaveRowAsync(officeId, EmployeeBuilder.Valid(1, unitCode: "AC-072").With(i => i.HomeUnit = "AC-071"), default);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));

        var refusal = await _h.Get<ConstituencyService>().DeleteAsync("AC-071", default);

        Assert.Equal("AC-071 is used by 1 employee(s) as voter, residence or home unit; move or delete them first.", refusal);
        await using var db = _h.Db();
        Assert.Equal(2, await db.ConstituencyUnits.CountAsync());
    }
}
