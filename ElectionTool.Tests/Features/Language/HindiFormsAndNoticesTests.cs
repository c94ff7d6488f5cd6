using AngleSharp.Dom;
using Bunit;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Draw.Pages;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Honorarium;
using ElectionTool.Features.OfficeStaff;
using ElectionTool.Features.Training;
using ElectionTool.Features.Training.Pages;
using ElectionTool.Hosting;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace ElectionTool.Tests.Features.Language;

/// <summary>
/// What a Hindi user's audit still found in English: the batch form's empty hall, the show-cause notice's doubled
/// meaning, the verify page's name for the bundle link, the staff editor's yes/no and employment values, the
/// honorarium rates' refusal.
/// </summary>
public sealed class HindiFormsAndNoticesTests : IAsyncLifetime
{
    private ServiceHarness _h = default!;
    private BunitContext _ctx = default!;

    public async Task InitializeAsync()
    {
        _h = await ServiceHarness.CreateAsync();
        _ctx = ComponentContext.Over(_h.Services);
    }

    public async Task DisposeAsync()
    {
        await _ctx.DisposeAsync();
        await _h.DisposeAsync();
    }

    private static IElement InputOf(IElement e) => e.TagName == "INPUT" ? e : e.QuerySelector("input")!;

    [Fact]
    public void The_batch_form_shows_no_hall_until_one_is_chosen()
    {
        using var _ = InLanguage.Hindi();
        IReadOnlyList<VenueRow> venues = [new VenueRow(1, "Govt. College", "Civil Lines", "Block A", [new HallRow(7, "Main hall", 60)])];

        var form = _ctx.Render<SessionForm>(p => p.Add(x => x.Venues, venues));

        Assert.Equal("", InputOf(form.Find("[data-testid=session-hall]")).GetAttribute("value") ?? "");
        Assert.Contains("हॉल", form.Markup);
        Assert.True(form.Find("[data-testid=session-add]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_show_cause_notice_says_its_meaning_once_in_the_users_language()
    {
        using var _ = InLanguage.Hindi();

        var notice = RenderNotice(bilingual: false);

        Assert.Equal(1, Occurrences(notice.Markup, "लोक प्रतिनिधित्व अधिनियम, 1951 की धारा 134"));
        Assert.Equal(1, Occurrences(notice.Markup, "उपस्थित होने हेतु निर्देशित"));
        Assert.DoesNotContain("Representation of the People Act", notice.Markup);
        Assert.Contains("<b>पीठासीन अधिकारी</b>", notice.Find("[data-testid=notice-absence]").InnerHtml);
        Assert.Contains("<b>20-11-2026</b>", notice.Find("[data-testid=notice-reply]").InnerHtml);
    }

    [Fact]
    public void With_bilingual_orders_a_show_cause_notice_prints_Hindi_above_English_once_each()
    {
        var notice = RenderNotice(bilingual: true);

        var absence = notice.Find("[data-testid=notice-absence]").TextContent;
        Assert.Equal(1, Occurrences(absence, "लोक प्रतिनिधित्व अधिनियम, 1951 की धारा 134"));
        Assert.Equal(1, Occurrences(absence, "Section 134 of the Representation of the People Act, 1951"));
        Assert.True(absence.IndexOf("धारा 134", StringComparison.Ordinal) < absence.IndexOf("Section 134", StringComparison.Ordinal));
        Assert.Equal(1, Occurrences(notice.Markup, "You are hereby directed to show cause in writing"));
    }

    [Fact]
    public void The_verify_page_names_the_bundle_link_by_its_Hindi_column()
    {
        using var _ = InLanguage.Hindi();

        var panel = _ctx.Render<BundleUploadPanel>();

        var where = panel.Find("[data-testid=bundle-where]").TextContent;
        Assert.Contains("\"ऑडिट बंडल\"", where);
        Assert.Contains("draw bundle", where);
        Assert.DoesNotContain("Bundle", where);
    }

    [Fact]
    public async Task The_staff_editor_shows_yes_no_and_employment_in_Hindi_and_reads_them_back()
    {
        await _h.DistrictAsync();
        Employee employee;
        await using (var db = _h.Db())
        {
            employee = await db.Employees.AsNoTracking().FirstAsync(e => !e.Gazetted && e.EmploymentType == EmploymentType.Regular);
        }
        using var _ = InLanguage.Hindi();

        var input = (await _h.Get<EmployeeService>().GetInputAsync(employee.OfficeId, employee.Id, default))!;
        var fields = _ctx.Render<EmployeeFields>(p => p.Add(x => x.Input, input));

        Assert.Equal("नहीं", InputOf(fields.Find("[data-testid=field-Gazetted]")).GetAttribute("value"));
        Assert.Equal("नियमित", InputOf(fields.Find("[data-testid=field-EmploymentType]")).GetAttribute("value"));
        Assert.Contains("हाँ/नहीं", fields.Find("[data-testid=field-Gazetted]").TextContent);
        Assert.Contains("नियमित या संविदा", fields.Find("[data-testid=field-EmploymentType]").TextContent);
        foreach (var english in new[] { "true", "false", "Regular", "Contractual" })
        {
            Assert.DoesNotContain(english, fields.Find("[data-testid=field-Gazetted]").TextContent + fields.Find("[data-testid=field-EmploymentType]").TextContent);
        }
        Assert.False(FieldParsers.Bool(input.Gazetted));
        Assert.Equal(EmploymentType.Regular, EmployeeValues.ParseEmployment(input.EmploymentType));
    }

    [Fact]
    public async Task The_honorarium_rates_refusal_reads_in_Hindi()
    {
        using var _ = InLanguage.Hindi();
        var messages = new List<string>();
        foreach (var rate in await _h.Get<HonorariumService>().RatesAsync(default))
        {
            rate.PerDay = 500_000;
            var refusal = await Assert.ThrowsAsync<TrainingRefusedException>(() => _h.Get<HonorariumService>().SaveRatesAsync([rate], default));
            messages.Add(refusal.Message);
        }

        Assert.Contains(messages, m => m.Contains("मतदान", StringComparison.Ordinal));
        Assert.All(messages, m => Assert.DoesNotMatch("[A-Za-z]", m));
    }

    private IRenderedComponent<ShowCauseSheet> RenderNotice(bool bilingual)
    {
        _ctx.Services.AddSingleton(Options.Create(new DistrictOptions { Name = "Raipur", BilingualOrders = bilingual }));
        var sheet = new NoticeSheet(12, "Ramesh Kumar", "Teacher", "ABC1234567", "OF-A", "Govt. School", "पीठासीन अधिकारी",
            "Round 1: 02-11-2026", new DateOnly(2026, 11, 20), new DateTimeOffset(2026, 11, 10, 6, 0, 0, TimeSpan.Zero));
        return _ctx.Render<ShowCauseSheet>(p => p.Add(x => x.Notice, sheet).Add(x => x.DistrictName, "Raipur"));
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
