using ElectionTool.Data;
using ElectionTool.Features.Draw;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Api;

/// <summary>A member of a party as an order lists them.</summary>
public sealed record ApiPartyMember(string Role, string Name, string Designation, string OfficeCode);

/// <summary>An appointment order: party, role, training and reporting — never the polling station.</summary>
public sealed record ApiOrder(string Epic, string Name, string Designation, string OfficeCode, string Role, string UnitCode, int? PartyNumber,
    bool IsReserve, string? Mark, string OrderNumber, string TrainingPlace, string TrainingTime, string ReportingPlace, string ReportingTime,
    IReadOnlyList<ApiPartyMember> Party);

/// <summary>Released draw results (scope draw:read): duties, and the appointment orders of stage 2.</summary>
public static class DrawApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/draw/duties", DutiesAsync).RequireAuthorization(ApiPolicies.DrawRead).WithName("ListDuties")
            .WithSummary("Everyone drafted: role, party, unit; the polling station only once stage 3 is released. Empty until stage 2 is accepted.");
        api.MapGet("/draw/orders", OrdersAsync).RequireAuthorization(ApiPolicies.DrawRead).WithName("ListAppointmentOrders")
            .WithSummary("The appointment orders of the released stage 2, optionally of one office.");
    }

    private static async Task<IResult> DutiesAsync(HttpContext http, IDbContextFactory<ElectionDbContext> dbFactory, string? cursor, int? limit, CancellationToken ct)
    {
        if (ApiPaging.DecodeId(cursor) is not { } skip)
        {
            return ApiPaging.BadCursor();
        }
        var take = ApiPaging.Limit(limit);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var duties = await DutyRoster.ReleasedAsync(db, ct);
        var slice = duties.Skip(skip).Take(take + 1).ToList();
        ApiAuditFilter.Count(http, Math.Min(slice.Count, take));
        var next = slice.Count > take ? ApiPaging.Encode((skip + take).ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        return ApiPaging.WithETag(http, new ApiPage<Duty>([.. slice.Take(take)], next));
    }

    private static async Task<IResult> OrdersAsync(HttpContext http, DrawOutputService outputs, string? office, string? cursor, int? limit, CancellationToken ct)
    {
        if (ApiPaging.DecodeId(cursor) is not { } skip)
        {
            return ApiPaging.BadCursor();
        }
        var take = ApiPaging.Limit(limit);
        if (await outputs.HeaderAsync(2, ct) is null)
        {
            ApiAuditFilter.Count(http, 0);
            return TypedResults.Ok(new ApiPage<ApiOrder>([], null));
        }
        var details = await outputs.GetOrderDetailsAsync(ct);
        var orders = await outputs.OrdersAsync(string.IsNullOrWhiteSpace(office) ? null : office.Trim().ToUpperInvariant(), false, ct);
        var slice = orders.Skip(skip).Take(take + 1).ToList();
        ApiAuditFilter.Count(http, Math.Min(slice.Count, take));
        var next = slice.Count > take ? ApiPaging.Encode((skip + take).ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        var items = slice.Take(take).Select(o => new ApiOrder(o.Person.Epic, o.Person.Name, o.Person.Designation, o.Person.OfficeCode, o.Role, o.UnitCode,
            o.PartyNumber, o.IsReserve, o.Mark?.ToString(), details.OrderNumber, details.TrainingPlace, details.TrainingTime, details.ReportingPlace,
            details.ReportingTime, [.. o.Party.Select(m => new ApiPartyMember(m.Role, m.Person.Name, m.Person.Designation, m.Person.OfficeCode))])).ToList();
        return TypedResults.Ok(new ApiPage<ApiOrder>(items, next));
    }
}
