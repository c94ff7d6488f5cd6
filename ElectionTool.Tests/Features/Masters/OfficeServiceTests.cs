using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Masters.Import;
using ElectionTool.Features.Masters.Offices;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Tests.Features.Masters;

[Trait("Database", "Both")]
public sealed class OfficeServiceTests : IAsyncLifetime
{
    private const string Headings = "Code,Name,DepartmentCode,HeadDesignation,Address,Pin,Block,UnitCode,Phone,Email,HeadMobile,DeclaredTotal,DeclaredMale,DeclaredFemale\n";

    private ServiceHarness _h = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DepartmentAsync("REV", "Revenue");
        await _h.DepartmentAsync("HLT", "Health");
        await _h.AcAsync(71, "Bhopal Uttar");
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static MemoryStream Csv(string rows) => new(Encoding.UTF8.GetBytes(Headings + rows));

    private Task<ImportReport> ImportAsync(string rows) => _h.Get<MasterImporter>().ImportAsync(_h.Get<OfficeService>(), Csv(rows), default);

    private static OfficeInput Valid(string code = "REV-001") => new()
    {
        Code = code,
        Name = "Collectorate",
        DepartmentCode = "REV",
        Pin = "462001",
        HeadMobile = "9425000000",
        DeclaredTotal = 10,
        DeclaredMale = 6,
        DeclaredFemale = 4,
    };

    [Fact]
    public async Task Import_saves_good_rows_and_reports_each_bad_one_by_line_and_column()
    {
        var report = await ImportAsync(
            "REV-001,Collectorate,rev,Collector,Old Secretariat,462001,Huzur,AC-071,0755-2540000,c@example.gov.in,+91 94250 00000,120,80,40\n" +
            "REV-002,Tehsil,REV,Tehsildar,,46200,Huzur,,,,9425000001,10,5,5\n" +
            "XYZ-001,Unknown dept,XYZ,,,462001,,,,,9425000002,10,5,5\n" +
            "REV-003,Too many,REV,,,462001,,,,,9425000003,10,8,4\n" +
            "REV-004,Bad mobile,REV,,,462001,,,,,12345,10,5,5\n" +
            "REV-005,Bad number,REV,,,462001,,,,,9425000005,ten,0,0\n" +
            "HLT-001,CMHO,HLT,CMHO,,462001,Berasia,,,,9425000006,50,20,30\n");

        Assert.Equal((7, 2), (report.Read, report.Created));
        Assert.Contains(report.Rejected, r => r.Line == 3 && r.Column == "Pin");
        Assert.Contains(report.Rejected, r => r.Line == 4 && r.Column == "DepartmentCode" && r.Reason.Contains("'XYZ'"));
        Assert.Contains(report.Rejected, r => r.Line == 5 && r.Column == "DeclaredTotal" && r.Reason.Contains("more than the declared total"));
        Assert.Contains(report.Rejected, r => r.Line == 6 && r.Column == "HeadMobile");
        Assert.Contains(report.Rejected, r => r.Line == 7 && r.Column == "DeclaredTotal" && r.Reason.Contains("'ten'"));
        await using var db = _h.Db();
        Assert.Equal(["HLT-001", "REV-001"], await db.Offices.OrderBy(o => o.Code).Select(o => o.Code).ToListAsync());
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing()
    {
        const string rows = "REV-001,Collectorate,REV,Collector,Old Secretariat,462001,Huzur,AC-071,0755-2540000,c@example.gov.in,+91 94250 00000,120,80,40\n" +
                            "HLT-001,CMHO,HLT,CMHO,,462001,Berasia,,,,9425000006,50,20,30\n";
        await ImportAsync(rows);
        var again = await ImportAsync(rows);

        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        await using var db = _h.Db();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.EntityType == "Office"));
    }

    [Fact]
    public async Task Head_mobile_is_stored_as_ten_digits_and_the_unit_by_its_code()
    {
        var input = Valid();
        input.HeadMobile = "+91-94250 12345";
        input.UnitCode = "ac-071";

        var outcome = await _h.Get<OfficeService>().SaveAsync(input, default);

        Assert.Equal(SaveKind.Created, outcome.Kind);
        await using var db = _h.Db();
        var office = await db.Offices.Include(o => o.ConstituencyUnit).SingleAsync();
        Assert.Equal("9425012345", office.HeadMobile);
        Assert.Equal("AC-071", office.ConstituencyUnit!.Code);
    }

    [Fact]
    public async Task An_unknown_unit_code_is_refused_naming_the_column_and_value()
    {
        var input = Valid();
        input.UnitCode = "AC-999";

        var outcome = await _h.Get<OfficeService>().SaveAsync(input, default);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal("UnitCode", error.Field);
        Assert.Contains("'AC-999'", error.Message);
        await using var db = _h.Db();
        Assert.Equal(0, await db.Offices.CountAsync());
    }

    [Theory]
    [InlineData("Pin", "062001")]
    [InlineData("Pin", "4620011")]
    [InlineData("HeadMobile", "5425000000")]
    [InlineData("HeadMobile", "942500000")]
    [InlineData("Email", "not-an-email")]
    public async Task Invalid_contact_details_are_refused(string field, string value)
    {
        var input = Valid();
        typeof(OfficeInput).GetProperty(field)!.SetValue(input, value);

        var outcome = await _h.Get<OfficeService>().SaveAsync(input, default);

        Assert.Contains(outcome.Errors, e => e.Field == field);
    }

    [Fact]
    public async Task Declared_male_and_female_may_leave_room_for_third_gender_but_not_exceed_the_total()
    {
        var service = _h.Get<OfficeService>();
        var within = Valid("REV-001");
        within.DeclaredMale = 5;
        within.DeclaredFemale = 4;
        var over = Valid("REV-002");
        over.DeclaredMale = 7;

        Assert.True((await service.SaveAsync(within, default)).Succeeded);
        Assert.Contains((await service.SaveAsync(over, default)).Errors, e => e.Field == "DeclaredTotal");
    }

    [Fact]
    public async Task Delete_is_refused_while_an_operator_account_works_for_the_office()
    {
        var service = _h.Get<OfficeService>();
        var officeId = await _h.OfficeAsync("REV-001", "REV");
        await _h.OfficeAsync("REV-002", "REV");
        await using (var db = _h.Db())
        {
            db.Users.Add(new AppUser { UserName = "op-rev001", NormalizedUserName = "OP-REV001", OfficeId = officeId });
            await db.SaveChangesAsync();
        }

        var refusal = await service.DeleteAsync("REV-001", default);
        var allowed = await service.DeleteAsync("REV-002", default);

        Assert.Equal("Office REV-001 has operator account(s) op-rev001; delete them or move them to another office first.", refusal);
        Assert.Null(allowed);
        await using var check = _h.Db();
        Assert.Equal(["REV-001"], await check.Offices.Select(o => o.Code).ToListAsync());
    }

    [Fact]
    public async Task The_list_filters_by_department_and_searches_code_and_name_ignoring_case()
    {
        await _h.OfficeAsync("REV-001", "REV");
        await _h.OfficeAsync("REV-002", "REV");
        await _h.OfficeAsync("HLT-001", "HLT");
        var service = _h.Get<OfficeService>();

        var revenue = await service.ListAsync(new PageRequest(), "REV", default);
        var searched = await service.ListAsync(new PageRequest(Search: "rev-002"), null, default);

        Assert.Equal(2, revenue.Total);
        Assert.All(revenue.Items, o => Assert.Equal("REV", o.DepartmentCode));
        Assert.Equal("REV-002", Assert.Single(searched.Items).Code);
    }

    [Fact]
    public async Task Delete_is_refused_while_the_office_has_staff_on_its_list()
    {
        await _h.OfficeAsync("REV-001", "REV");
        var officeId = await _h.OfficeAsync("REV-002", "REV");
        var saved = await _h.Get<EmployeeService>().SaveRowAsync(officeId, EmployeeBuilder.Valid(1, unitCode: "AC-071"), default);
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));

        var refusal = await _h.Get<OfficeService>().DeleteAsync("REV-002", default);

        Assert.Equal("Office REV-002 has 1 employee(s) on its staff list; delete or move them first.", refusal);
        await using var db = _h.Db();
        Assert.Equal(1, await db.Employees.CountAsync());
    }
}
