using ElectionTool.Data;
using ElectionTool.Features.Employees;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Api;

/// <summary>An office's staff: read (staff:read) and upsert by EPIC (staff:write), for the offices the key reaches.</summary>
public static class StaffApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/offices/{code}/staff", ReadAsync).RequireAuthorization(ApiPolicies.StaffRead).WithName("ListOfficeStaff")
            .WithSummary("An office's staff list, a page at a time, in the same fields the upsert takes.");
        api.MapPut("/offices/{code}/staff", UpsertAsync).RequireAuthorization(ApiPolicies.StaffWrite).WithName("UpsertOfficeStaff")
            .WithSummary("Creates or updates an office's staff by EPIC. All or none: any rejected row means nothing is saved. Idempotent.");
    }

    private sealed record OfficeRef(int Id, string Code, string DepartmentCode);

    private static async Task<(OfficeRef? Office, IResult? Refusal)> ReachAsync(HttpContext http, ElectionDbContext db, string code, CancellationToken ct)
    {
        var wanted = code.Trim().ToUpperInvariant();
        var office = await db.Offices.AsNoTracking().Where(o => o.Code == wanted).Select(o => new OfficeRef(o.Id, o.Code, o.Department!.Code)).FirstOrDefaultAsync(ct);
        if (office is null)
        {
            return (null, ApiCaller.NoOffice(wanted));
        }
        return http.User.Reaches(office.Code, office.DepartmentCode) ? (office, null) : (null, ApiCaller.OutsideScope(office.Code));
    }

    private static async Task<IResult> ReadAsync(HttpContext http, IDbContextFactory<ElectionDbContext> dbFactory, string code, string? cursor, int? limit, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (office, refusal) = await ReachAsync(http, db, code, ct);
        if (office is null)
        {
            return refusal!;
        }
        if (ApiPaging.DecodeId(cursor) is not { } after)
        {
            return ApiPaging.BadCursor();
        }
        var take = ApiPaging.Limit(limit);
        var units = await UnitLookup.CodesAsync(db, ct);
        var staff = await db.Employees.AsNoTracking().Where(e => e.OfficeId == office.Id && e.Id > after).OrderBy(e => e.Id).Take(take + 1).ToListAsync(ct);
        ApiAuditFilter.Count(http, Math.Min(staff.Count, take));
        var page = ApiPaging.Page(staff, take, e => e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return ApiPaging.WithETag(http, new ApiPage<ApiStaffRow>([.. page.Items.Select(e => ApiStaffRow.From(EmployeeFormat.ToInput(e, units)))], page.NextCursor));
    }

    private static async Task<IResult> UpsertAsync(HttpContext http, IDbContextFactory<ElectionDbContext> dbFactory, StaffUpsertService upserts,
        string code, ApiStaffUpsert body, CancellationToken ct)
    {
        OfficeRef? office;
        IResult? refusal;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            (office, refusal) = await ReachAsync(http, db, code, ct);
        }
        if (office is null)
        {
            return refusal!;
        }
        var outcome = await upserts.UpsertAsync(office.Id, body.Rows ?? [], ct);
        ApiAuditFilter.Count(http, outcome.Report?.Read ?? 0);
        if (outcome.Report is not { } report)
        {
            var title = outcome.Status == StatusCodes.Status409Conflict ? "Office list is finalized" : "Upsert refused";
            return TypedResults.Problem(statusCode: outcome.Status, title: title, detail: outcome.Refusal);
        }
        if (!report.Saved)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Rows rejected; nothing saved",
                detail: report.Summary, extensions: new Dictionary<string, object?> { ["report"] = report });
        }
        return TypedResults.Ok(report);
    }
}
