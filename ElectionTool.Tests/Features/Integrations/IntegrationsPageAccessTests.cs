using System.Net;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Integrations;
using ElectionTool.Hosting;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Integrations;

/// <summary>The Integrations page and the SMS outbox are the Admin's alone; the page never shows a key again after it is issued.</summary>
public sealed class IntegrationsPageAccessTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public async Task InitializeAsync()
    {
        await _app.CreateUserAsync("int-admin", Roles.Admin);
        await _app.CreateUserAsync("int-nodal", Roles.NodalOfficer);
        await _app.CreateUserAsync("int-observer", Roles.Observer);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/integrations", "Integrations (API keys)")]
    [InlineData("/sms-outbox", "SMS outbox")]
    public async Task Only_the_admin_opens_the_page(string path, string title)
    {
        var admin = await (await _app.SignedInClientAsync("int-admin")).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains(title, await admin.Content.ReadAsStringAsync());

        foreach (var user in new[] { "int-nodal", "int-observer" })
        {
            var refused = await (await _app.SignedInClientAsync(user)).GetAsync(path);
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
            Assert.DoesNotContain(title, await refused.Content.ReadAsStringAsync());
        }
        var anonymous = await _app.NewClient().GetAsync(path);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_page_lists_an_issued_key_by_its_prefix_and_never_shows_the_key()
    {
        var issued = await _app.WithScopeAsync(sp => sp.GetRequiredService<IntegrationService>()
            .CreateAsync(new IntegrationRequest("payroll", [IntegrationScopes.StatusRead], [], [], null), default));

        var html = await (await _app.SignedInClientAsync("int-admin")).GetStringAsync("/integrations");

        Assert.Contains("payroll", html);
        Assert.Contains(issued.Integration.KeyPrefix, html);
        Assert.DoesNotContain(issued.Key, html);
    }

    [Fact]
    public async Task The_outbox_page_shows_the_messages_for_the_it_cell()
    {
        await _app.WithDbAsync(async db =>
        {
            db.SmsOutbox.Add(new SmsOutboxMessage { At = DateTimeOffset.UtcNow, Mobile = "9876543210", Text = "123456 is your code", Purpose = "duty-lookup" });
            await db.SaveChangesAsync();
        });

        var html = await (await _app.SignedInClientAsync("int-admin")).GetStringAsync("/sms-outbox");

        Assert.Contains("9876543210", html);
        Assert.Contains("123456 is your code", html);
    }
}
