using System.Net;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw;
using ElectionTool.Features.PostalBallots;
using ElectionTool.Features.Training;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Training;

public sealed class TrainingPrintTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private TrainingTestSupport.Batches _batches = default!;
    private string _absentName = "";

    public async Task InitializeAsync()
    {
        await _app.WithDbAsync(db => new DrawDistrictBuilder().BuildAsync(db));
        await _app.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ElectionTool.Features.Auditing.CurrentUser>().ActAs("test-admin");
            var draws = sp.GetRequiredService<DrawService>();
            await draws.AcceptStageAsync(1);
            await draws.AcceptStageAsync(2);
            _batches = await TrainingTestSupport.ScheduleAsync(sp);
            await sp.GetRequiredService<TrainingAllotmentService>().AllotAsync("5 5 2", default);
            await sp.GetRequiredService<AbsenteeService>().IssueNoticesAsync(_batches.RoundOneA, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(4)), default);
            await sp.GetRequiredService<PostalBallotService>().PrepareAsync(default);
            return 0;
        });
        await _app.WithDbAsync(async db => _absentName = await db.Set<ShowCauseNotice>().Select(n => n.Seat!.Employee!.Name).OrderBy(n => n).FirstAsync());
        await _app.CreateUserAsync("training-admin", Roles.Admin);
        await _app.CreateUserAsync("training-desk", Roles.TrainingDesk);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Show_cause_notices_print_the_name_the_section_134_wording_and_are_audited()
    {
        var client = await _app.SignedInClientAsync("training-admin");

        var response = await client.GetAsync($"/training/print/show-cause?session={_batches.RoundOneA}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_absentName, html);
        Assert.Contains("Section 134 of the Representation of the People Act, 1951", html);
        // In the user's language only: Hindi above English is the District:BilingualOrders setting's to ask for.
        Assert.DoesNotContain("लोक प्रतिनिधित्व अधिनियम, 1951 की धारा 134", html);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        await _app.WithDbAsync(async db => Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "ShowCausePrinted" && a.UserName == "training-admin")));
    }

    [Fact]
    public async Task Orders_show_the_training_batch_and_forms_12_are_prefilled()
    {
        var client = await _app.SignedInClientAsync("training-admin");

        var orders = WebUtility.HtmlDecode(await client.GetStringAsync("/draw/print/orders"));
        var forms = WebUtility.HtmlDecode(await client.GetStringAsync("/ballots/print/forms"));
        var letters = WebUtility.HtmlDecode(await client.GetStringAsync("/training/print/letters"));

        Assert.Contains("Training batch", orders);
        Assert.Contains("Round 1: 02-11-2026", orders);
        Assert.Contains("data:image/png;base64", orders);
        Assert.Contains("FORM 12", forms);
        Assert.Contains("ABC", forms);
        Assert.Contains("Round 2: 20-01-2027", letters);
    }

    [Fact]
    public async Task A_training_desk_reaches_the_desk_and_ballots_but_not_the_admin_pages_or_exports()
    {
        var desk = await _app.SignedInClientAsync("training-desk");

        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/training/desk")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/ballots")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await desk.GetAsync($"/training/print/show-cause?session={_batches.RoundOneA}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await desk.GetAsync("/honorarium/export/flagged.csv")).StatusCode);
    }

    [Fact]
    public async Task The_bank_schedule_says_why_when_nobody_can_be_paid()
    {
        var admin = await _app.SignedInClientAsync("training-admin");

        var response = await admin.GetAsync("/honorarium/export/bank-schedule.csv");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Nobody is owed", await response.Content.ReadAsStringAsync());
    }
}
