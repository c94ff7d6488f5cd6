using System.Net;
using ElectionTool.Features.Draw;
using ElectionTool.Features.Language;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Features.Draw;
using ElectionTool.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Language;

/// <summary>
/// Appointment orders over real HTTP: they follow the user's language, and with District:BilingualOrders every order
/// prints Hindi above English whatever the user's language, as government orders often are.
/// </summary>
public sealed class OrderLanguageTests
{
    private const string EnglishClause = "This duty is compulsory; failure to attend without sufficient cause is an offence.";
    private const string HindiClause = "यह ड्यूटी अनिवार्य है; पर्याप्त कारण के बिना उपस्थित न होना अपराध है।";

    private static async Task<AppFactory> DrawnDistrictAsync(AppFactory app)
    {
        await app.WithDbAsync(async db => await new DrawDistrictBuilder().BuildAsync(db));
        await app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DrawService>().AcceptAllAsync();
            return 0;
        });
        await app.CreateUserAsync("orders-en", Roles.Admin);
        await app.CreateUserAsync("orders-hi", Roles.Admin);
        await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "orders-hi").ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, AppCultures.Hindi)));
        return app;
    }

    private static async Task<string> OrdersAsync(AppFactory app, string user)
    {
        using var client = await app.SignedInClientAsync(user);
        var response = await client.GetAsync("/draw/print/orders");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_Hindi_users_orders_print_in_Hindi_and_an_English_users_in_English()
    {
        await using var app = await DrawnDistrictAsync(new AppFactory());

        var hindi = await OrdersAsync(app, "orders-hi");
        var english = await OrdersAsync(app, "orders-en");

        Assert.Contains(HindiClause, hindi);
        Assert.DoesNotContain(EnglishClause, hindi);
        Assert.Contains(EnglishClause, english);
        Assert.DoesNotContain(HindiClause, english);
    }

    [Fact]
    public async Task With_bilingual_orders_on_every_order_prints_Hindi_above_English_whatever_the_users_language()
    {
        await using var app = await DrawnDistrictAsync(new AppFactory().WithSetting("District:BilingualOrders", "true"));

        foreach (var user in new[] { "orders-en", "orders-hi" })
        {
            var html = await OrdersAsync(app, user);
            var hindiAt = html.IndexOf(HindiClause, StringComparison.Ordinal);
            var englishAt = html.IndexOf(EnglishClause, StringComparison.Ordinal);

            Assert.True(hindiAt >= 0 && englishAt > hindiAt, $"{user}: Hindi at {hindiAt}, English at {englishAt}");
            Assert.Contains("<span lang=\"hi\">", html);
            Assert.Contains("<span lang=\"en\">", html);
        }
    }
}
