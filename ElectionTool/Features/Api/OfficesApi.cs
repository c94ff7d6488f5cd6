using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Api;

/// <summary>An office and where its staff list stands.</summary>
public sealed record ApiOffice(string Code, string Name, string DepartmentCode, string DepartmentName, string State,
    int DeclaredTotal, int Entered, DateTimeOffset? FinalizedAt, DateTimeOffset? LastActivityAt);

/// <summary>An office not yet finalized, with whom to call.</summary>
public sealed record ApiPendingOffice(string Code, string Name, string DepartmentCode, string State, int DeclaredTotal, int Entered,
    string Phone, string HeadDesignation, string HeadMobile, DateTimeOffset? LastActivityAt);

/// <summary>Status endpoints (scope status:read): offices, the pending list, dashboard figures. No personal data.</summary>
public static class OfficesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/offices", ListAsync).RequireAuthorization(ApiPolicies.StatusRead).WithName("ListOffices")
            .WithSummary("Offices and the state of their staff lists, a page at a time.");
        api.MapGet("/offices/{code}", GetAsync).RequireAuthorization(ApiPolicies.StatusRead).WithName("GetOffice")
            .WithSummary("One office and the state of its staff list.");
        api.MapGet("/pending", PendingAsync).RequireAuthorization(ApiPolicies.StatusRead).WithName("ListPendingOffices")
            .WithSummary("Offices whose lists are not finalized yet, with the phone numbers to chase them.");
        api.MapGet("/dashboard", DashboardAsync).RequireAuthorization(ApiPolicies.StatusRead).WithName("GetDashboardFigures")
            .WithSummary("The district's headline figures: offices by state, staff entered against declared, the deadline.");
    }

    private static async Task<IResult> ListAsync(HttpContext http, IDbContextFactory<ElectionDbContext> dbFactory, string? cursor, int? limit, CancellationToken ct)
    {
        if (ApiPaging.DecodeId(cursor) is not { } after)
        {
            return ApiPaging.BadCursor();
        }
        var take = ApiPaging.Limit(limit);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Offices(db, db.Offices.Where(o => o.Id > after).OrderBy(o => o.Id).Take(take + 1)).ToListAsync(ct);
        ApiAuditFilter.Count(http, Math.Min(rows.Count, take));
        var page = ApiPaging.Page(rows, take, r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return ApiPaging.WithETag(http, new ApiPage<ApiOffice>([.. page.Items.Select(r => r.Office)], page.NextCursor));
    }

    private static async Task<IResult> GetAsync(HttpContext http, IDbContextFactory<ElectionDbContext> dbFactory, string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var wanted = code.Trim().ToUpperInvariant();
        var row = await Offices(db, db.Offices.Where(o => o.Code == wanted)).FirstOrDefaultAsync(ct);
        ApiAuditFilter.Count(http, row is null ? 0 : 1);
        return row is null ? ApiCaller.NoOffice(code) : ApiPaging.WithETag(http, row.Office);
    }

    private static async Task<IResult> PendingAsync(HttpContext http, IDbContextFactory<ElectionDbContext> dbFactory, string? cursor, int? limit, CancellationToken ct)
    {
        if (ApiPaging.DecodeId(cursor) is not { } after)
        {
            return ApiPaging.BadCursor();
        }
        var take = ApiPaging.Limit(limit);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Offices.AsNoTracking().Where(o => o.ListState != StaffListState.Finalized && o.Id > after).OrderBy(o => o.Id).Take(take + 1)
            .Select(o => new
            {
                o.Id,
                Office = new ApiPendingOffice(o.Code, o.Name, o.Department!.Code, o.ListState.ToString(), o.DeclaredTotal,
                    db.Employees.Count(e => e.OfficeId == o.Id), o.Phone, o.HeadDesignation, o.HeadMobile, o.LastActivityAt),
            }).ToListAsync(ct);
        ApiAuditFilter.Count(http, Math.Min(rows.Count, take));
        var page = ApiPaging.Page(rows, take, r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return TypedResults.Ok(new ApiPage<ApiPendingOffice>([.. page.Items.Select(r => r.Office)], page.NextCursor));
    }

    private static async Task<IResult> DashboardAsync(HttpContext http, DashboardService dashboard, CancellationToken ct)
    {
        var headline = await dashboard.GetHeadlineAsync(DashboardScope.District, ct);
        ApiAuditFilter.Count(http, 1);
        return ApiPaging.WithETag(http, headline);
    }

    private sealed record OfficeRow(int Id, ApiOffice Office);

    private static IQueryable<OfficeRow> Offices(ElectionDbContext db, IQueryable<Office> offices) =>
        offices.AsNoTracking().Select(o => new OfficeRow(o.Id, new ApiOffice(o.Code, o.Name, o.Department!.Code, o.Department.Name,
            o.ListState.ToString(), o.DeclaredTotal, db.Employees.Count(e => e.OfficeId == o.Id), o.FinalizedAt, o.LastActivityAt)));
}
