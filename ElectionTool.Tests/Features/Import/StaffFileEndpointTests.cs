using System.Net;
using System.Text;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Import;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static ElectionTool.Tests.Builders.EmployeeBuilder;
using static ElectionTool.Tests.Builders.StaffFiles;

namespace ElectionTool.Tests.Features.Import;

/// <summary>The file downloads over HTTP: templates, the rejected-rows report and the Admin's export.</summary>
public sealed class StaffFileEndpointTests : IClassFixture<StaffFileEndpointTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public AppFactory App { get; } = new();
        public int OfficeId { get; private set; }

        public async Task InitializeAsync()
        {
            await App.WithDbAsync(async db =>
            {
                var department = new Department { Code = "EDU", Name = "Education" };
                db.ConstituencyUnits.AddRange(
                    new ConstituencyUnit { Code = "AC-201", Name = "AC 201", Number = 201 },
                    new ConstituencyUnit { Code = "AC-203", Name = "AC 203", Number = 203 });
                db.Offices.Add(new Office { Code = "OF-A", Name = "Office A", Department = department });
                await db.SaveChangesAsync();
                OfficeId = await db.Offices.Select(o => o.Id).SingleAsync();
            });
            await App.CreateUserAsync("admin-1", Roles.Admin);
            await App.CreateUserAsync("clerk-a", Roles.OfficeOperator, OfficeId);
            await App.CreateUserAsync("clerk-b", Roles.OfficeOperator, OfficeId);
            await App.CreateUserAsync("observer-1", Roles.Observer);
            var seeded = await App.WithScopeAsync(sp => sp.GetRequiredService<EmployeeImporter>().ImportAsync(OfficeId, Stream(Csv(People(1, 3))), "seed.csv", default));
            Assert.Equal(3, seeded.Created);
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    private readonly Fixture _fixture;

    public StaffFileEndpointTests(Fixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("clerk-a")]
    [InlineData("admin-1")]
    public async Task Operators_and_the_Admin_download_both_templates_with_bilingual_headings_and_an_example(string user)
    {
        using var client = await _fixture.App.SignedInClientAsync(user);

        var csv = await client.GetAsync(StaffImportEndpoints.TemplateCsvUrl);
        var xlsx = await client.GetAsync(StaffImportEndpoints.TemplateXlsxUrl);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (csv.StatusCode, xlsx.StatusCode));
        Assert.Equal("no-store", csv.Headers.CacheControl?.ToString());
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', TemplateHeadings), lines[0]);
        Assert.StartsWith("राम कुमार शर्मा,श्याम लाल शर्मा,M,15-08-1975,9876543210", lines[1]);

        var sheet = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(TemplateHeadings, sheet[0].Keys);
        Assert.Equal("ABC1234567", Assert.Single(sheet)["EPIC / मतदाता पहचान पत्र क्र."]);
    }

    [Fact]
    public async Task Other_roles_cannot_download_the_templates()
    {
        using var client = await _fixture.App.SignedInClientAsync("observer-1");

        var response = await client.GetAsync(StaffImportEndpoints.TemplateCsvUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_rejected_rows_report_downloads_for_the_user_who_imported_and_nobody_else()
    {
        var report = await _fixture.App.WithScopeAsync(sp => sp.GetRequiredService<EmployeeImporter>()
            .ImportAsync(_fixture.OfficeId, Stream(Csv([Person(50).With(p => p.PayLevel = "19")])), "mine.csv", default));
        var id = _fixture.App.Services.GetRequiredService<StaffImportReportStore>().Keep("clerk-a", report);
        var url = StaffImportReportStore.DownloadUrl(id);

        using var owner = await _fixture.App.SignedInClientAsync("clerk-a");
        using var other = await _fixture.App.SignedInClientAsync("clerk-b");
        var mine = await owner.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("no-store", mine.Headers.CacheControl?.ToString());
        Assert.Equal("mine-rejected.csv", mine.Content.Headers.ContentDisposition?.FileNameStar ?? mine.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("PayLevel: '19' is not a pay level 1–18.", await mine.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(StaffImportReportStore.DownloadUrl("unknown"))).StatusCode);
    }

    [Fact]
    public async Task The_Admin_exports_csv_and_xlsx_never_cached_and_the_export_is_audited()
    {
        using var admin = await _fixture.App.SignedInClientAsync("admin-1");

        var csv = await admin.GetAsync("/employees/export.csv?office=OF-A");
        var xlsx = await admin.GetAsync("/employees/export.xlsx");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (csv.StatusCode, xlsx.StatusCode));
        Assert.Equal("no-store", csv.Headers.CacheControl?.ToString());
        Assert.Equal("no-store", xlsx.Headers.CacheControl?.ToString());
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType?.ToString());
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("EPIC,Name,FatherOrHusbandName,Gender,DateOfBirth,Mobile,OfficeCode", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(4, lines.Length);
        var rows = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true).ToList();
        Assert.Equal(3, rows.Count);
        await _fixture.App.WithDbAsync(async db =>
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Export" && a.UserName == "admin-1" && a.EntityKey == "office OF-A")));
    }

    [Fact]
    public async Task Only_the_Admin_may_export_and_unknown_codes_are_refused()
    {
        using var clerk = await _fixture.App.SignedInClientAsync("clerk-a");
        using var admin = await _fixture.App.SignedInClientAsync("admin-1");

        var refused = await clerk.GetAsync("/employees/export.csv");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("AccessDenied", refused.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/employees/export.csv?department=NOPE")).StatusCode);
    }
}
