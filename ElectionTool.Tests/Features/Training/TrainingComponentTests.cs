using AngleSharp.Dom;
using Bunit;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Training;
using ElectionTool.Features.Training.Pages;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ElectionTool.Tests.Features.Training;

/// <summary>The training pages over the real services and a real SQLite district after stage 1 and the batch allotment.</summary>
public sealed class TrainingComponentTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private BunitContext _ctx = default!;
    private TrainingTestSupport.Batches _batches = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        await _h.DistrictAsync();
        await _h.Get<DrawService>().AcceptStageAsync(1);
        _batches = await TrainingTestSupport.ScheduleAsync(_h.Services);
        await _h.Get<TrainingAllotmentService>().AllotAsync("5 1", default);
        _ctx = ComponentContext.Over(_h.Services);
        _ctx.AddAuthorization().SetAuthorized(ServiceHarness.Actor);
        _ctx.Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private void Navigate(string uri) => _ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

    private static IElement InputOf(IElement e) => e.TagName == "INPUT" ? e : e.QuerySelector("input")!;

    private async Task<List<(long Id, string Epic)>> SeatsAsync(int session)
    {
        await using var db = _h.Db();
        return (await db.Set<TrainingSeat>().Where(s => s.SessionId == session).OrderBy(s => s.Id).Select(s => new { s.Id, s.Employee!.Epic }).ToListAsync())
            .Select(s => (s.Id, s.Epic)).ToList();
    }

    [Fact]
    public async Task The_desk_marks_a_typed_EPIC_present_and_says_the_browser_has_no_webcam_reader()
    {
        var epic = (await SeatsAsync(_batches.RoundOneA))[0].Epic;
        Navigate($"/training/desk?session={_batches.RoundOneA}");
        var page = _ctx.Render<AttendanceDeskPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=desk-code]")), Wait);

        await page.InvokeAsync(() => page.Find("[data-testid=desk-code]").Input(epic.ToLowerInvariant()));
        await page.InvokeAsync(() => page.Find("form").Submit());

        page.WaitForAssertion(() => Assert.Contains("marked present", page.Find("[data-testid=desk-result]").TextContent), Wait);
        Assert.Contains("Present in this batch: 1 of", page.Find("[data-testid=desk-count]").TextContent);
        page.WaitForAssertion(() => Assert.Contains("type the EPIC", page.Find("[data-testid=webcam-fallback]").TextContent), Wait);
    }

    [Fact]
    public async Task A_webcam_read_marks_present_like_a_typed_code()
    {
        var epic = (await SeatsAsync(_batches.RoundOneA))[0].Epic;
        Navigate($"/training/desk?session={_batches.RoundOneA}");
        var page = _ctx.Render<AttendanceDeskPage>();
        var scanner = page.WaitForComponent<WebcamScanner>(Wait);

        await page.InvokeAsync(() => scanner.Instance.ReadAsync(epic));

        page.WaitForAssertion(() => Assert.Contains("marked present", page.Find("[data-testid=desk-result]").TextContent), Wait);
    }

    [Fact]
    public async Task The_batch_dialog_names_the_refusal_when_the_seats_are_too_few()
    {
        _ctx.Render<MudPopoverProvider>();
        var dialogs = _ctx.Render<MudDialogProvider>();
        var page = _ctx.Render<TrainingPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=session-edit]")), Wait);

        await page.InvokeAsync(() => page.FindAll("[data-testid=session-edit]")[0].Click());
        dialogs.WaitForAssertion(() => Assert.NotNull(dialogs.Find("[data-testid=edit-save]")), Wait);
        await dialogs.InvokeAsync(() => InputOf(dialogs.Find("[data-testid=edit-capacity]")).Change("1"));
        await dialogs.InvokeAsync(() => dialogs.Find("[data-testid=edit-save]").Click());

        dialogs.WaitForAssertion(() => Assert.Contains("seats cannot hold them", dialogs.Find("[data-testid=edit-error]").TextContent), Wait);
    }

    [Fact]
    public async Task The_move_page_moves_the_ticked_person_to_the_other_batch()
    {
        var seats = await SeatsAsync(_batches.RoundOneA);
        Navigate($"/training/move?from={_batches.RoundOneA}&to={_batches.RoundOneB}");
        _ctx.Render<MudPopoverProvider>();
        var page = _ctx.Render<MoveBatchPage>();
        page.WaitForAssertion(() => Assert.Contains(seats, s => page.Find("[data-testid=move-people]").TextContent.Contains(s.Epic)), Wait);
        var seat = seats.First(s => page.Find("[data-testid=move-people]").TextContent.Contains(s.Epic));

        var row = page.FindAll("[data-testid=move-people] tbody tr").First(r => r.TextContent.Contains(seat.Epic));
        await page.InvokeAsync(() => row.QuerySelector("input[type=checkbox]")!.Change(true));
        page.WaitForAssertion(() => Assert.Contains("Move 1 person", page.Find("[data-testid=move-go]").TextContent), Wait);
        await page.InvokeAsync(() => page.Find("[data-testid=move-go]").Click());

        page.WaitForAssertion(() => Assert.Contains("1 moved", page.Find("[data-testid=move-report]").TextContent), Wait);
        Assert.Contains(await SeatsAsync(_batches.RoundOneB), s => s.Id == seat.Id);
    }
}
