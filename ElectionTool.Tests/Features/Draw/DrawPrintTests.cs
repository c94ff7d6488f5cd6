using System.Net;
using ElectionTool.Features.Draw;
using ElectionTool.Hosting;
using ElectionTool.Tests.Builders;
using ElectionTool.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ElectionTool.Tests.Features.Draw;

public sealed class DrawPrintTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private DrawDistrict _district = default!;

    public async Task InitializeAsync()
    {
        await _app.WithDbAsync(async db => _district = await new DrawDistrictBuilder().BuildAsync(db));
        await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DrawService>().AcceptAllAsync();
            await sp.GetRequiredService<DrawOutputService>().SaveOrderDetailsAsync(new OrderDetailsInput
            {
                TrainingPlace = "Collectorate Hall",
                TrainingTime = "02-03-2027 10:00",
                ReportingPlace = "Mandi Dispatch Centre",
                ReportingTime = "14-03-2027 07:00",
            }, default);
            return 0;
        });
        await _app.CreateUserAsync("draw-admin", Roles.Admin);
        await _app.CreateUserAsync("draw-observer", Roles.Observer);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Appointment_orders_name_party_role_and_reporting_but_never_the_polling_station()
    {
        var client = await _app.SignedInClientAsync("draw-admin");

        var response = await client.GetAsync("/draw/print/orders");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ORDER OF APPOINTMENT", html);
        Assert.Contains("Mandi Dispatch Centre", html);
        Assert.Contains("सुनीता देवी", html);
        Assert.Contains("Party no. 1", html);
        foreach (var station in _district.StationNames)
        {
            Assert.DoesNotContain(station, html);
            Assert.DoesNotContain(station.Split(" / ")[1], html);
        }
        Assert.DoesNotContain("Booth", html);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_allotment_sheet_is_marked_sealed_and_lists_every_station()
    {
        var client = await _app.SignedInClientAsync("draw-admin");

        var html = await client.GetStringAsync("/draw/print/allotment");

        Assert.Contains("SEALED — open at dispatch only", html);
        Assert.All(_district.StationNames, s => Assert.Contains(s, html));
    }

    [Fact]
    public async Task Exports_are_not_cached_are_logged_and_are_for_the_admin_only()
    {
        var admin = await _app.SignedInClientAsync("draw-admin");
        var observer = await _app.SignedInClientAsync("draw-observer");

        var csv = await admin.GetAsync("/draw/export/parties.csv");
        var xlsx = await admin.GetAsync("/draw/export/allotments.xlsx");
        var refused = await observer.GetAsync("/draw/export/parties.csv");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("no-store", csv.Headers.CacheControl?.ToString());
        Assert.StartsWith("Unit,PartyNumber,Role,EPIC,Name,OfficeCode,Gender,PayLevel,BasicPay,IsReserve", (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync())[..2]));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync("/draw/verify")).StatusCode);
    }
}
