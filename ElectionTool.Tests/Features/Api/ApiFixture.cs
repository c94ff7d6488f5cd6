using System.Net.Http.Headers;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Api;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Integrations;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Api;

/// <summary>
/// The real app with two departments, an open office (OF-A), another department's office holding one person
/// (OF-B), a finalized office (OF-F), and one key per scope plus a revoked and an expired key.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public AppFactory App { get; } = new AppFactory().WithSetting("Api:PermitsPerMinute", "10000");
    public Dictionary<string, string> Keys { get; } = [];
    public const string HeldEpic = "ABC0000099";

    public async Task InitializeAsync()
    {
        await App.WithDbAsync(async db =>
        {
            var edu = new Department { Code = "EDU", Name = "Education" };
            var rev = new Department { Code = "REV", Name = "Revenue" };
            db.ConstituencyUnits.Add(new ConstituencyUnit { Code = "AC-201", Name = "AC 201", Number = 201 });
            db.Offices.AddRange(
                new Office { Code = "OF-A", Name = "Office A", Department = edu, Phone = "0755-100100" },
                new Office { Code = "OF-B", Name = "Office B", Department = rev, Phone = "0755-222333" },
                new Office { Code = "OF-F", Name = "Office F", Department = edu, ListState = StaffListState.Finalized });
            await db.SaveChangesAsync();
        });
        await App.CreateUserAsync("admin-1", Roles.Admin);
        await App.WithScopeAsync(async sp =>
        {
            var officeB = await OfficeIdAsync("OF-B");
            var held = EmployeeBuilder.Valid(99).With(r => r.Name = "Secret Person");
            var outcome = await sp.GetRequiredService<EmployeeService>().SaveRowAsync(officeB, held, default);
            Assert.True(outcome.Succeeded);
            var integrations = sp.GetRequiredService<IntegrationService>();
            async Task Issue(string name, string[] scopes, string[]? offices = null, string[]? departments = null)
            {
                var issued = await integrations.CreateAsync(new IntegrationRequest(name, scopes, offices ?? [], departments ?? [], null), default);
                Keys[name] = issued.Key;
            }
            await Issue("status", [IntegrationScopes.StatusRead]);
            await Issue("staff-reader", [IntegrationScopes.StaffRead], ["OF-A"]);
            await Issue("staff-writer", [IntegrationScopes.StaffRead, IntegrationScopes.StaffWrite], ["OF-A", "OF-F"]);
            await Issue("draw", [IntegrationScopes.DrawRead]);
            await Issue("edu-department", [IntegrationScopes.StaffRead], departments: ["EDU"]);
            await Issue("revoked", [IntegrationScopes.StatusRead]);
            await integrations.RevokeAsync("revoked", default);
            await Issue("expired", [IntegrationScopes.StatusRead]);
            return 0;
        });
        await App.WithDbAsync(db => db.Integrations.Where(i => i.Name == "expired")
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
    }

    public HttpClient Client(string? keyName)
    {
        var client = App.NewClient();
        if (keyName is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[keyName]);
        }
        return client;
    }

    public async Task<int> OfficeIdAsync(string code)
    {
        var id = 0;
        await App.WithDbAsync(async db => id = await db.Offices.Where(o => o.Code == code).Select(o => o.Id).SingleAsync());
        return id;
    }

    public static ApiStaffRow Row(int n) => ApiStaffRow.From(EmployeeBuilder.Valid(n));

    public Task DisposeAsync() => App.DisposeAsync().AsTask();
}
