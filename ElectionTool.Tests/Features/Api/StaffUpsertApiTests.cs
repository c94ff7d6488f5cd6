using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ElectionTool.Features.Api;
using ElectionTool.Features.Integrations;
using ElectionTool.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Api;

/// <summary>Upsert of an office's staff: same rules as the grid and import, all or none, idempotent.</summary>
[Trait("Database", "Both")]
public sealed class StaffUpsertApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly JsonSerializerOptions Web = JsonSerializerOptions.Web;

    private async Task<int> StaffCountAsync(string office)
    {
        var count = 0;
        await fixture.App.WithDbAsync(async db => count = await db.Employees.CountAsync(e => e.Office!.Code == office));
        return count;
    }

    private async Task<int> AuditCountAsync(string action)
    {
        var count = 0;
        await fixture.App.WithDbAsync(async db => count = await db.AuditEntries.CountAsync(a => a.Action == action));
        return count;
    }

    [Fact]
    public async Task Pushing_staff_creates_them_and_the_same_body_again_changes_nothing()
    {
        var client = fixture.Client("staff-writer");
        var body = new ApiStaffUpsert([ApiFixture.Row(1), ApiFixture.Row(2)]);
        var first = await client.PutAsJsonAsync("/api/v1/offices/OF-A/staff", body);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var report = await first.Content.ReadFromJsonAsync<ApiStaffUpsertReport>(Web);
        Assert.True(report!.Saved);
        Assert.Equal(2, report.Created + report.Unchanged);

        var changesBefore = await AuditCountAsync("Update") + await AuditCountAsync("Create");
        var second = await (await client.PutAsJsonAsync("/api/v1/offices/OF-A/staff", body)).Content.ReadFromJsonAsync<ApiStaffUpsertReport>(Web);
        Assert.Equal((0, 0, 2), (second!.Created, second.Updated, second.Unchanged));
        Assert.All(second.Rows, r => Assert.Equal("Unchanged", r.Result));
        Assert.Equal(changesBefore, await AuditCountAsync("Update") + await AuditCountAsync("Create"));

        var read = await client.GetFromJsonAsync<ApiPage<ApiStaffRow>>("/api/v1/offices/OF-A/staff", Web);
        Assert.Contains(read!.Items, r => r.Epic == "ABC0000001" && r.Name == EmployeeBuilder.Valid(1).Name);
    }

    [Fact]
    public async Task A_body_with_one_bad_row_saves_nothing_and_reports_every_row()
    {
        var before = await StaffCountAsync("OF-A");
        var body = new ApiStaffUpsert([ApiFixture.Row(11), ApiFixture.Row(12) with { PayLevel = "25" }, ApiFixture.Row(13)]);
        var response = await fixture.Client("staff-writer").PutAsJsonAsync("/api/v1/offices/OF-A/staff", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var report = problem.GetProperty("report").Deserialize<ApiStaffUpsertReport>(Web)!;
        Assert.False(report.Saved);
        Assert.Equal(["NotSaved", "Rejected", "NotSaved"], report.Rows.Select(r => r.Result));
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal((2, "PayLevel"), (rejected.Row, rejected.Column));
        Assert.Equal(before, await StaffCountAsync("OF-A"));
    }

    [Fact]
    public async Task A_finalized_office_is_refused_with_the_reason()
    {
        var response = await fixture.Client("staff-writer").PutAsJsonAsync("/api/v1/offices/OF-F/staff", new ApiStaffUpsert([ApiFixture.Row(21)]));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("finalized and locked", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await StaffCountAsync("OF-F"));
    }

    [Fact]
    public async Task An_epic_held_by_another_office_is_refused_naming_that_office_but_not_the_person()
    {
        var body = new ApiStaffUpsert([ApiFixture.Row(31) with { Epic = ApiFixture.HeldEpic }]);
        var response = await fixture.Client("staff-writer").PutAsJsonAsync("/api/v1/offices/OF-A/staff", body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var report = JsonDocument.Parse(text).RootElement.GetProperty("report").Deserialize<ApiStaffUpsertReport>(Web)!;
        var reason = Assert.Single(report.Rejected, r => r.Column == "EPIC").Reason;
        Assert.Contains("OF-B", reason);
        Assert.Contains("0755-222333", reason);
        Assert.DoesNotContain("Secret Person", text);
    }

    [Fact]
    public async Task Every_call_is_audited_and_shows_as_usage_of_its_integration()
    {
        await fixture.Client("staff-reader").GetAsync("/api/v1/offices/OF-A/staff");
        var usage = await fixture.App.WithScopeAsync(sp => sp.GetRequiredService<IntegrationService>().UsageAsync("staff-reader", default));
        Assert.Contains(usage, u => u.Endpoint == "GET /api/v1/offices/{code}/staff" && u.Calls >= 1);
        var listed = await fixture.App.WithScopeAsync(sp => sp.GetRequiredService<IntegrationService>().ListAsync(default));
        Assert.True(listed.Single(i => i.Name == "staff-reader").Calls >= 1);
    }
}
