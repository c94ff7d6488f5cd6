using Bunit;
using ElectionTool.Components.Pages;
using ElectionTool.Features.Accounts;
using ElectionTool.Features.Common;
using ElectionTool.Features.Dashboard;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Language;
using ElectionTool.Hosting;
using ElectionTool.Resources;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace ElectionTool.Tests.Features.Language;

/// <summary>The shared row validator and rendered pages speak the user's language; data stays as entered.</summary>
public sealed class HindiMessagesTests : IAsyncDisposable
{
    private static readonly Dictionary<string, int> Units = new() { ["AC-201"] = 1 };
    private readonly BunitContext _ctx = ComponentContext.New();

    public HindiMessagesTests()
    {
        _ctx.Services.AddTransient<MudLocalizer, MudTexts>();
        _ctx.Services.AddSingleton(new DistrictClock(new FakeClock(), Options.Create(new DistrictOptions())));
    }

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();

    [Fact]
    public void The_time_to_the_deadline_and_the_scope_read_in_Hindi()
    {
        var deadline = new DateTimeOffset(2026, 12, 20, 18, 0, 0, TimeSpan.Zero);
        using (InLanguage.Hindi())
        {
            Assert.Equal("3 दिन 4 घंटे शेष", DistrictTime.Remaining(deadline, deadline.AddDays(-3).AddHours(-4)));
            Assert.Equal("1 घंटा 10 मिनट शेष", DistrictTime.Remaining(deadline, deadline.AddMinutes(-70)));
            Assert.Equal("2 दिन पहले बंद", DistrictTime.Remaining(deadline, deadline.AddDays(2)));
            Assert.Equal("पूरा ज़िला", UiText.Of(DashboardScope.District.Label));
        }
        using (new InLanguage(AppCultures.English))
        {
            Assert.Equal("3 days 4 hours left", DistrictTime.Remaining(deadline, deadline.AddDays(-3).AddHours(-4)));
            Assert.Equal("closed 1 day ago", DistrictTime.Remaining(deadline, deadline.AddDays(1)));
        }
    }

    [Fact]
    public void The_validator_explains_a_bad_row_in_Hindi_to_a_Hindi_user()
    {
        var row = EmployeeBuilder.Valid(1).With(i => { i.Mobile = "12345"; i.Name = ""; });

        using (InLanguage.Hindi())
        {
            var hindi = EmployeeValidator.Validate(row, Units, new DateOnly(2026, 11, 22), 60);
            Assert.Equal("'12345' 10 अंकों का भारतीय मोबाइल नंबर नहीं है।", hindi.ErrorFor("Mobile"));
            Assert.Equal("नाम आवश्यक है।", hindi.ErrorFor("Name"));
        }
        var english = EmployeeValidator.Validate(row, Units, new DateOnly(2026, 11, 22), 60);
        Assert.Equal("'12345' is not a 10-digit Indian mobile number.", english.ErrorFor("Mobile"));
    }

    [Fact]
    public void A_page_renders_its_heading_and_hint_in_Hindi()
    {
        using var _ = InLanguage.Hindi();

        var page = _ctx.Render<NotFound>();

        Assert.Equal("पृष्ठ नहीं मिला", page.Find("h1").TextContent.Trim());
        Assert.Contains("पता जाँचें, या मेनू का उपयोग करें।", page.Markup);
        Assert.DoesNotContain("Page not found", page.Markup);
    }

    [Fact]
    public void The_dashboard_headline_reads_in_Hindi_with_Indian_grouping()
    {
        using var _ = InLanguage.Hindi();
        var now = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
        var headline = new Headline(2000, 500, 1000, 500, 123456, 150000, null);

        var tiles = _ctx.Render<HeadlineFigures>(p => p.Add(x => x.Headline, headline).Add(x => x.Now, now));

        Assert.Equal("1,23,456", tiles.Find("[data-testid=headline-entered]").TextContent.Trim());
        Assert.Contains("अंतिम किए गए कार्यालय", tiles.Markup);
        Assert.Contains("घोषित 1,50,000 में से", tiles.Markup);
        Assert.DoesNotContain("Offices finalized", tiles.Markup);
    }

    [Fact]
    public void MudBlazors_own_pager_reads_in_Hindi()
    {
        using var _ = InLanguage.Hindi();

        var grid = _ctx.Render<MudDataGrid<int>>(p => p
            .Add(x => x.Items, Enumerable.Range(1, 30))
            .Add(x => x.PagerContent, b =>
            {
                b.OpenComponent<MudDataGridPager<int>>(0);
                b.CloseComponent();
            }));

        Assert.Contains("प्रति पृष्ठ पंक्तियाँ", grid.Markup);
        Assert.DoesNotContain("Rows per page", grid.Markup);
    }

    [Fact]
    public void MudBlazor_keeps_its_own_English_for_an_English_user()
    {
        var grid = _ctx.Render<MudDataGrid<int>>(p => p
            .Add(x => x.Items, Enumerable.Range(1, 30))
            .Add(x => x.PagerContent, b =>
            {
                b.OpenComponent<MudDataGridPager<int>>(0);
                b.CloseComponent();
            }));

        Assert.Contains("Rows per page", grid.Markup);
    }

    [Fact]
    public void Identity_refuses_a_weak_password_in_the_users_language()
    {
        var texts = new IdentityErrorTexts();
        using (InLanguage.Hindi())
        {
            Assert.Equal("पासवर्ड कम से कम 10 अक्षरों का होना चाहिए।", texts.PasswordTooShort(10).Description);
            Assert.Equal("पासवर्ड में कम से कम एक अंक (0-9) होना चाहिए।", texts.PasswordRequiresDigit().Description);
        }
        Assert.Equal("The password must be at least 10 characters long.", texts.PasswordTooShort(10).Description);
    }

    [Fact]
    public void The_certificate_reads_in_Hindi_for_a_Hindi_user_and_in_English_for_the_audit_log()
    {
        using var _ = InLanguage.Hindi();

        var hindi = ElectionTool.Features.Finalization.Certificate.Text("प्राचार्य", "शासकीय विद्यालय", 12);
        var english = ElectionTool.Features.Finalization.Certificate.In(AppCultures.English, "", "Govt. School", 12);

        Assert.StartsWith("प्रमाणित किया जाता है कि ऊपर दी गई सूची शासकीय विद्यालय में", hindi);
        Assert.EndsWith("(प्राचार्य की ओर से हस्ताक्षरित।)", hindi);
        Assert.EndsWith("(Signed on behalf of the Head of Office.)", english);
    }
}
