using System.Net;
using System.Text.RegularExpressions;
using ElectionTool.Features.Draw;
using ElectionTool.Features.DutyLookup;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.DutyLookup;

/// <summary>The employee's own look-up: code through the gateway, tries, no station before release, own data only.</summary>
public sealed class DutyLookupTests : IAsyncLifetime
{
    private FakeSmsGateway _gateway = default!;
    private AppFactory _app = default!;
    private DrawDistrict _district = default!;

    public async Task InitializeAsync()
    {
        _gateway = await FakeSmsGateway.StartAsync();
        _app = new AppFactory()
            .WithSetting("Sms:Mode", "http")
            .WithSetting("Sms:UrlTemplate", _gateway.Address + "/send?mobile={mobile}&msg={message}&sender={senderId}&template={templateId}")
            .WithSetting("Sms:SenderId", "DEOTST")
            .WithSetting("Sms:TemplateId", "1107000000000000001");
        await _app.WithDbAsync(async db => _district = await new DrawDistrictBuilder().BuildAsync(db));
        await AcceptAsync(1);
        await AcceptAsync(2);
    }

    private Task AcceptAsync(int stage) => _app.WithScopeAsync(sp => sp.GetRequiredService<DrawService>().AcceptStageAsync(stage));

    private async Task<IReadOnlyList<Duty>> DutiesAsync()
    {
        IReadOnlyList<Duty> duties = [];
        await _app.WithDbAsync(async db => duties = await DutyRoster.ReleasedAsync(db, default));
        return duties;
    }

    /// <summary>Asks for a code as the person would; the code the gateway was sent, and a six-digit code that is not it.</summary>
    private async Task<(string Code, string Wrong)> RequestCodeAsync(string epic, string client)
    {
        await Lookup(s => s.RequestCodeAsync(epic, client, default));
        var code = Regex.Match(Assert.Single(_gateway.Received)["msg"].ToString(), @"\b\d{6}\b").Value;
        return (code, code == "000000" ? "111111" : "000000");
    }

    private Task<T> Lookup<T>(Func<DutyLookupService, Task<T>> work) => _app.WithScopeAsync(sp => work(sp.GetRequiredService<DutyLookupService>()));

    private async Task<string> MobileOfAsync(long employeeId)
    {
        var mobile = "";
        await _app.WithDbAsync(async db => mobile = await db.Employees.Where(e => e.Id == employeeId).Select(e => e.Mobile).SingleAsync());
        return mobile;
    }

    /// <summary>The cookie a verified look-up gets, made by the app's own session service.</summary>
    private string SessionCookie(long employeeId)
    {
        var http = new DefaultHttpContext();
        _app.Services.GetRequiredService<DutySession>().Start(http, (int)employeeId);
        return http.Response.Headers.SetCookie.ToString().Split(';')[0];
    }

    private async Task<string> GetWithCookieAsync(string path, string cookie)
    {
        var client = _app.NewClient();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_code_reaches_the_gateway_and_the_right_code_opens_the_look_up()
    {
        var person = (await DutiesAsync()).First(d => !d.IsReserve);
        var mobile = await MobileOfAsync(person.EmployeeId);

        var sent = await Lookup(s => s.RequestCodeAsync(person.Epic, "10.0.0.5", default));
        Assert.True(sent.Ok);
        var query = Assert.Single(_gateway.Received);
        Assert.Equal("91" + mobile, query["mobile"].ToString());
        Assert.Equal(("DEOTST", "1107000000000000001"), (query["sender"].ToString(), query["template"].ToString()));
        var code = Regex.Match(query["msg"].ToString(), @"\b\d{6}\b").Value;

        await _app.WithDbAsync(async db => Assert.DoesNotContain(code, (await db.DutyLookupCodes.SingleAsync()).CodeHash));
        var verified = await Lookup(s => s.VerifyAsync(mobile, code, "10.0.0.5", default));
        Assert.Equal((int)person.EmployeeId, verified.EmployeeId);
        var reused = await Lookup(s => s.VerifyAsync(mobile, code, "10.0.0.5", default));
        Assert.Null(reused.EmployeeId);
    }

    [Fact]
    public async Task A_gateway_that_refuses_the_code_gives_a_clear_message_instead_of_an_error()
    {
        var person = (await DutiesAsync()).First(d => !d.IsReserve);
        _gateway.Refuse = true;

        var step = await Lookup(s => s.RequestCodeAsync(person.Epic, "10.0.0.7", default));

        Assert.False(step.Ok);
        Assert.Contains("could not be sent", step.Message);
        Assert.Empty(_gateway.Received);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_code_even_against_the_right_one()
    {
        var person = (await DutiesAsync()).First();
        var (code, wrong) = await RequestCodeAsync(person.Epic, "10.0.0.6");
        for (var i = 0; i < DutyLookupService.MaxTries; i++)
        {
            Assert.Null((await Lookup(s => s.VerifyAsync(person.Epic, wrong, "10.0.0.6", default))).EmployeeId);
        }
        var right = await Lookup(s => s.VerifyAsync(person.Epic, code, "10.0.0.6", default));
        Assert.Null(right.EmployeeId);
        Assert.Contains("locked", right.Message);
    }

    [Fact]
    public async Task A_refused_code_is_told_in_the_persons_language_and_audited_in_English()
    {
        var person = (await DutiesAsync()).First();
        var (_, wrong) = await RequestCodeAsync(person.Epic, "10.0.0.8");

        LookupStep step;
        using (ElectionTool.Tests.Features.Language.InLanguage.Hindi())
        {
            step = await Lookup(s => s.VerifyAsync(person.Epic, wrong, "10.0.0.8", default));
        }

        Assert.False(step.Ok);
        Assert.True(ElectionTool.Tests.Infrastructure.PrintedText.IsDevanagari(step.Message), step.Message);
        await _app.WithDbAsync(async db =>
        {
            var refused = await db.AuditEntries.Where(a => a.Action == "DutyLookupRefused").Select(a => a.After).SingleAsync();
            Assert.Contains("wrong code, 4 tries left", refused);
            Assert.False(ElectionTool.Tests.Infrastructure.PrintedText.IsDevanagari(refused!), refused);
        });
    }

    [Fact]
    public async Task No_station_is_shown_before_stage_3_is_released()
    {
        var person = (await DutiesAsync()).First(d => !d.IsReserve && d.PartyNumber is not null);
        var cookie = SessionCookie(person.EmployeeId);
        var before = await GetWithCookieAsync("/my-duty", cookie);
        Assert.Contains(person.Epic, before);
        Assert.Contains("Made known at dispatch", before);
        Assert.DoesNotContain(_district.StationNames, s => before.Contains(System.Net.WebUtility.HtmlEncode(s)) || before.Contains(s));

        await AcceptAsync(3);
        var after = (await DutiesAsync()).Single(d => d.EmployeeId == person.EmployeeId);
        Assert.NotNull(after.StationName);
        Assert.Contains(after.StationName!, await GetWithCookieAsync("/my-duty", cookie));
    }

    [Fact]
    public async Task A_session_opens_only_its_own_order_and_a_forged_one_opens_none()
    {
        var duties = await DutiesAsync();
        var (mine, other) = (duties[0], duties.First(d => d.OfficeCode != duties[0].OfficeCode));

        var page = await GetWithCookieAsync("/my-duty/order", SessionCookie(mine.EmployeeId));
        Assert.Single(Regex.Matches(page, "data-testid=\"order\""));
        Assert.Contains(mine.Epic, page);
        Assert.DoesNotContain(other.Epic, page);

        var forged = await GetWithCookieAsync("/my-duty/order", $"{DutySession.CookieName}=CfDJ8forged{other.EmployeeId}");
        Assert.Contains("data-testid=\"no-order\"", forged);
        var none = await (await _app.NewClient().GetAsync("/my-duty/order")).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"no-order\"", none);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _gateway.DisposeAsync();
    }
}
