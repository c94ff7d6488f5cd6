using Bunit;
using ElectionTool.Features.Elections;
using ElectionTool.Features.Masters.Constituencies;
using ElectionTool.Features.Masters.LocalBodies;
using ElectionTool.Features.Masters.Offices;
using ElectionTool.Features.Masters.Stations;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ElectionTool.Tests.Features.Masters;

/// <summary>Each master page renders its rows from the real services, and its add dialog opens.</summary>
public sealed class MasterPagesRenderTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private BunitContext _ctx = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        _ctx = ComponentContext.Over(_h.Services);
        _ctx.AddAuthorization().SetAuthorized(ServiceHarness.Actor);
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    private async Task<IRenderedComponent<TPage>> RenderWithAddDialogAsync<TPage>(string expectedText) where TPage : IComponent
    {
        var provider = _ctx.Render<MudPopoverProvider>();
        var dialogs = _ctx.Render<MudDialogProvider>();
        var page = _ctx.Render<TPage>();
        page.WaitForAssertion(() => Assert.Contains(expectedText, page.Markup), TimeSpan.FromSeconds(5));
        await page.InvokeAsync(() => page.Find("[data-testid=add]").Click());
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("[data-testid=save]")), TimeSpan.FromSeconds(5));
        Assert.NotNull(provider);
        return page;
    }

    [Fact]
    public async Task Offices_page_lists_offices_and_opens_the_office_dialog()
    {
        await _h.DepartmentAsync("REV", "Revenue");
        await _h.AcAsync(71);
        await _h.OfficeAsync("REV-001", "REV", "AC-071");

        await RenderWithAddDialogAsync<OfficesPage>("REV-001");
    }

    [Fact]
    public async Task Constituencies_page_lists_acs_and_opens_the_dialog()
    {
        await _h.AcAsync(71, "Bhopal Uttar");

        await RenderWithAddDialogAsync<ConstituenciesPage>("Bhopal Uttar");
    }

    [Fact]
    public async Task Local_bodies_page_shows_wards_when_a_local_body_is_expanded()
    {
        await _h.Get<LocalBodyService>().SaveAsync(new LocalBodyInput { Code = "BPL-NN", Name = "Nagar Nigam Bhopal" }, default);
        await _h.Get<WardService>().SaveAsync(new WardInput { LocalBodyCode = "BPL-NN", Number = 7, Name = "Shahjahanabad" }, default);

        var page = await RenderWithAddDialogAsync<LocalBodiesPage>("Nagar Nigam Bhopal");
        await page.InvokeAsync(() => page.Find("td button").Click());

        page.WaitForAssertion(() => Assert.Contains("BPL-NN-W07", page.Find("[data-testid=wards-panel]").TextContent), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Stations_page_lists_stations_and_opens_the_dialog()
    {
        await _h.AcAsync(71);
        await _h.StationAsync("AC-071", 12);

        await RenderWithAddDialogAsync<PollingStationsPage>("Station 12");
    }

    [Fact]
    public async Task Elections_page_marks_the_current_election_and_opens_the_dialog()
    {
        await _h.Get<ElectionService>().SaveAsync(new ElectionInput
        {
            Name = "Assembly 2028",
            PollDate = new DateTime(2028, 11, 20),
            EntryDeadline = new DateTime(2028, 10, 15),
        }, default);

        var page = await RenderWithAddDialogAsync<ElectionsPage>("Assembly 2028");

        Assert.NotNull(page.Find("[data-testid=current-chip]"));
    }
}
