using System.Net;
using ElectionTool.Data.Entities;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;

namespace ElectionTool.Tests.Features.OfficeStaff;

/// <summary>The hard copy over HTTP: a draft before finalizing, the Admin's route, and no other office's list.</summary>
public sealed class StaffPrintPageTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private int _office;
    private int _otherOffice;

    public async Task InitializeAsync()
    {
        await _app.WithDbAsync(async db =>
        {
            var department = new Department { Code = "EDU", Name = "School Education" };
            var office = new Office { Code = "EDU-001", Name = "Govt. Higher Secondary School", Department = department, HeadDesignation = "Principal" };
            var other = new Office { Code = "EDU-002", Name = "Block Education Office", Department = department };
            db.Offices.AddRange(office, other);
            db.Employees.Add(new Employee
            {
                Office = office,
                Name = "कमला देवी",
                FatherOrHusbandName = "हरि प्रसाद",
                Gender = Gender.Female,
                DateOfBirth = new DateOnly(1980, 5, 1),
                Mobile = "9826012345",
                Designation = "Lecturer",
                Epic = "MPX1234567",
                PayLevel = 8,
                BasicPay = 47600,
                VoterUnit = new ConstituencyUnit { Code = "AC-150", Name = "Huzur", Number = 150 },
                RetirementDate = new DateOnly(2040, 5, 1),
            });
            await db.SaveChangesAsync();
            (_office, _otherOffice) = (office.Id, other.Id);
        });
        await _app.CreateUserAsync("op-edu", Roles.OfficeOperator, _office);
        await _app.CreateUserAsync("op-other", Roles.OfficeOperator, _otherOffice);
        await _app.CreateUserAsync("it-admin", Roles.Admin);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Before_finalizing_the_copy_prints_as_a_draft_with_the_staff()
    {
        var client = await _app.SignedInClientAsync("op-edu");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/office/print"));

        Assert.Contains("DRAFT — not finalized", html);
        Assert.DoesNotContain("Certified copy", html);
        Assert.Contains("कमला देवी", html);
        Assert.Contains("Signature and seal of Principal", html);
    }

    [Fact]
    public async Task The_admin_prints_any_office_by_code_and_an_operator_only_their_own()
    {
        var admin = await _app.SignedInClientAsync("it-admin");
        var other = await _app.SignedInClientAsync("op-other");

        var adminHtml = WebUtility.HtmlDecode(await admin.GetStringAsync("/offices/EDU-001/print"));
        var otherHtml = WebUtility.HtmlDecode(await other.GetStringAsync("/office/print"));
        var otherOnAdminRoute = await other.GetAsync("/offices/EDU-001/print");

        Assert.Contains("कमला देवी", adminHtml);
        Assert.DoesNotContain("कमला देवी", otherHtml);
        Assert.DoesNotContain("कमला देवी", WebUtility.HtmlDecode(await otherOnAdminRoute.Content.ReadAsStringAsync()));
    }
}
