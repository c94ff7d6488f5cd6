using System.Net;
using Bunit;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Draw.Bundle;
using ElectionTool.Features.Draw.Pages;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ElectionTool.Tests.Features.Draw.Bundle;

/// <summary>/draw/verify takes an uploaded bundle and names what differs.</summary>
public sealed class BundleUploadTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private BunitContext _ctx = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DistrictAsync();
        await _h.Get<DrawService>().AcceptAllAsync();
        _ctx = ComponentContext.Over(_h.Services);
        _ctx.AddAuthorization().SetAuthorized(ServiceHarness.Actor).SetRoles(Roles.Observer);
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    private async Task<byte[]> BundleZipAsync(int stage, Func<DrawBundle, DrawBundle>? change = null)
    {
        var bundles = _h.Get<DrawBundleService>();
        var bundle = await bundles.BuildAsync((await bundles.FindRunAsync(stage, null, default))!.Value, default);
        return (change?.Invoke(bundle) ?? bundle).ToZip();
    }

    [Fact]
    public async Task Uploading_a_bundle_on_the_verify_page_says_reproduced_or_names_the_changed_part()
    {
        _ctx.Render<MudPopoverProvider>();
        var page = _ctx.Render<DrawVerifyPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=bundle-upload]")));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(await BundleZipAsync(3), "stage3.zip"));
        page.WaitForAssertion(() => Assert.Contains("REPRODUCED: stage 3", page.Find("[data-testid=bundle-verdict]").TextContent), TimeSpan.FromSeconds(20));

        var tampered = await BundleZipAsync(1, b => b with { Seed = DrawBundleTests.ChangeOneByte(b.Seed) });
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(tampered, "stage1.zip"));
        page.WaitForAssertion(() => Assert.Contains("NOT REPRODUCED: seed", page.Find("[data-testid=bundle-verdict]").TextContent), TimeSpan.FromSeconds(20));
        Assert.Contains("the seed was changed", page.Find("[data-testid=bundle-checks]").TextContent);

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("hello", "notes.zip"));
        page.WaitForAssertion(() => Assert.Contains("not a zip", page.Find("[data-testid=bundle-error]").TextContent), TimeSpan.FromSeconds(20));
    }
}

/// <summary>Bundles download for the Admin and Observers only; the people mapping for the Admin only.</summary>
public sealed class BundleDownloadTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private long _stageTwoRun;

    public async Task InitializeAsync()
    {
        await _app.WithDbAsync(async db => await new DrawDistrictBuilder().BuildAsync(db));
        _stageTwoRun = await _app.WithScopeAsync(async sp =>
        {
            var draws = sp.GetRequiredService<DrawService>();
            await draws.AcceptAllAsync();
            return (await draws.ListRunsAsync(default)).Single(r => r.Stage == 2).Id;
        });
        await _app.CreateUserAsync("bundle-admin", Roles.Admin);
        await _app.CreateUserAsync("bundle-observer", Roles.Observer);
        await _app.CreateUserAsync("bundle-nodal", Roles.NodalOfficer);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Admin_and_observer_download_the_bundle_others_are_refused_and_the_download_is_logged()
    {
        foreach (var user in new[] { "bundle-admin", "bundle-observer" })
        {
            var client = await _app.SignedInClientAsync(user);
            var response = await client.GetAsync($"/draw/bundle/{_stageTwoRun}.zip");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
            var bundle = DrawBundle.FromZip(await response.Content.ReadAsStreamAsync());
            Assert.True(DrawBundleVerifier.Verify(bundle).Reproduced);
        }

        var nodal = await _app.SignedInClientAsync("bundle-nodal");
        Assert.NotEqual(HttpStatusCode.OK, (await nodal.GetAsync($"/draw/bundle/{_stageTwoRun}.zip")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await _app.NewClient().GetAsync($"/draw/bundle/{_stageTwoRun}.zip")).StatusCode);

        var observer = await _app.SignedInClientAsync("bundle-observer");
        Assert.NotEqual(HttpStatusCode.OK, (await observer.GetAsync($"/draw/bundle/{_stageTwoRun}/people.txt")).StatusCode);
        var admin = await _app.SignedInClientAsync("bundle-admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/draw/bundle/{_stageTwoRun}/people.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/draw/bundle/999999.zip")).StatusCode);

        var logged = await _app.WithScopeAsync(async sp =>
        {
            await using var db = await sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ElectionTool.Data.ElectionDbContext>>().CreateDbContextAsync();
            return db.AuditEntries.Count(a => a.Action == "DrawBundleDownloaded");
        });
        Assert.Equal(2, logged);
    }
}
