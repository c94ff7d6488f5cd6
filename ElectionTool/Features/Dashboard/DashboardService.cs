using System.Diagnostics;
using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Common;
using ElectionTool.Features.Elections;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Dashboard;

/// <summary>
/// Every dashboard figure, from aggregate SQL (GROUP BY / COUNT / SUM) over the viewer's scope; employee rows are never
/// loaded. Stateless: screens normally read through <see cref="DashboardSnapshotCache"/>.
/// </summary>
public sealed class DashboardService(IDbContextFactory<ElectionDbContext> dbFactory, DistrictClock clock)
{
    public const int FeedLength = 12;

    /// <summary>Count by grouping every employee row instead of reading the trigger-kept staff counts: the benchmark's baseline.</summary>
    public bool FullScan { get; init; }

    /// <summary>Days shown on the progress chart at most (the latest ones).</summary>
    public const int ProgressDays = 45;

    public async Task<DashboardSnapshot> GetSnapshotAsync(DashboardScope scope, CancellationToken ct)
    {
        var timer = Stopwatch.StartNew();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var departments = await DepartmentsAsync(db, scope, ct);
        var headline = await HeadlineAsync(db, departments, ct);
        var (pool, availability) = await PoolQueries.ComputeAsync(db, scope, FullScan, ct);
        var progress = await ProgressAsync(db, scope, headline, ct);
        var feed = await FeedAsync(db, scope, ct);
        return new DashboardSnapshot(scope, headline, departments, pool, availability, progress, feed, clock.UtcNow, timer.Elapsed);
    }

    /// <summary>The district's headline figures alone (the API's status endpoint).</summary>
    public async Task<Headline> GetHeadlineAsync(DashboardScope scope, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await HeadlineAsync(db, await DepartmentsAsync(db, scope, ct), ct);
    }

    /// <summary>A department's offices with their state, or null when the department is unknown or outside the scope.</summary>
    public async Task<DepartmentOffices?> GetDepartmentOfficesAsync(DashboardScope scope, string code, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var wanted = code.Trim().ToUpperInvariant();
        var department = await scope.DepartmentsOf(db).Where(d => d.Code == wanted).Select(d => new { d.Id, d.Code, d.Name }).FirstOrDefaultAsync(ct);
        if (department is null)
        {
            return null;
        }
        var offices = await db.Offices.AsNoTracking().Where(o => o.DepartmentId == department.Id)
            .OrderBy(o => o.ListState).ThenBy(o => o.Code)
            .Select(o => new OfficeProgress(o.Id, o.Code, o.Name, o.ListState, db.Employees.Count(e => e.OfficeId == o.Id), o.DeclaredTotal,
                o.LastActivityAt, o.FinalizedAt, o.Phone, o.HeadMobile))
            .ToListAsync(ct);
        return new DepartmentOffices(department.Code, department.Name, offices);
    }

    private async Task<List<DepartmentProgress>> DepartmentsAsync(ElectionDbContext db, DashboardScope scope, CancellationToken ct)
    {
        var departments = await scope.DepartmentsOf(db).OrderBy(d => d.Code).Select(d => new { d.Id, d.Code, d.Name }).ToListAsync(ct);
        var offices = await scope.Offices(db)
            .GroupBy(o => new { o.DepartmentId, o.ListState })
            .Select(g => new { g.Key.DepartmentId, g.Key.ListState, Count = g.Count(), Declared = g.Sum(o => o.DeclaredTotal) })
            .ToListAsync(ct);
        var entered = FullScan
            ? await scope.Employees(db).GroupBy(e => e.Office!.DepartmentId).Select(g => new { DepartmentId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.DepartmentId, x => x.Count, ct)
            : await scope.StaffCounts(db).GroupBy(c => c.DepartmentId).Select(g => new { DepartmentId = g.Key, Count = g.Sum(c => c.Staff) })
                .ToDictionaryAsync(x => x.DepartmentId, x => x.Count, ct);
        return departments.Select(d =>
        {
            var mine = offices.Where(o => o.DepartmentId == d.Id).ToList();
            int In(StaffListState s) => mine.Where(o => o.ListState == s).Sum(o => o.Count);
            return new DepartmentProgress(d.Id, d.Code, d.Name, mine.Sum(o => o.Count), In(StaffListState.Finalized), In(StaffListState.InProgress),
                In(StaffListState.NotStarted), entered.GetValueOrDefault(d.Id), mine.Sum(o => o.Declared));
        }).ToList();
    }

    private static async Task<Headline> HeadlineAsync(ElectionDbContext db, IReadOnlyList<DepartmentProgress> departments, CancellationToken ct)
    {
        var deadline = await db.CurrentElection().Select(e => new EntryDeadline(e.Name, e.EntryDeadline)).FirstOrDefaultAsync(ct);
        return new Headline(departments.Sum(d => d.Offices), departments.Sum(d => d.Finalized), departments.Sum(d => d.InProgress),
            departments.Sum(d => d.NotStarted), departments.Sum(d => d.Entered), departments.Sum(d => d.Declared), deadline);
    }

    private async Task<ProgressOverTime> ProgressAsync(ElectionDbContext db, DashboardScope scope, Headline headline, CancellationToken ct)
    {
        // Finalize/reopen events are one per office action (a few thousand at most), not staff rows.
        var events = await scope.ListEvents(db).Select(e => new { e.Kind, e.At }).ToListAsync(ct);
        var deadlineDay = headline.Deadline is { } d ? clock.Day(d.At) : (DateOnly?)null;
        if (events.Count == 0)
        {
            return new ProgressOverTime([], deadlineDay, headline.Offices);
        }
        var perDay = events.GroupBy(e => clock.Day(e.At))
            .ToDictionary(g => g.Key, g => (Finalized: g.Count(e => e.Kind == ListEventKind.Finalized), Reopened: g.Count(e => e.Kind == ListEventKind.Reopened)));
        var first = perDay.Keys.Min();
        var last = new[] { perDay.Keys.Max(), clock.Today, deadlineDay ?? DateOnly.MinValue }.Max();
        var today = clock.Today;
        var days = new List<FinalizationDay>();
        var net = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var (finalized, reopened) = perDay.GetValueOrDefault(day);
            net += finalized - reopened;
            // Days still to come up to the deadline have no line yet: the chart shows how much time is left.
            days.Add(new FinalizationDay(day, finalized, reopened, day <= today ? net : null));
        }
        return new ProgressOverTime(days.TakeLast(ProgressDays).ToList(), deadlineDay, headline.Offices);
    }

    private static async Task<List<ListActivity>> FeedAsync(ElectionDbContext db, DashboardScope scope, CancellationToken ct) =>
        await scope.ListEvents(db).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(FeedLength)
            .Select(e => new ListActivity(e.Id, e.At, e.Kind, e.Office!.Code, e.Office.Name, e.Office.Department!.Code, e.UserName, e.Reason, e.StaffCount))
            .ToListAsync(ct);
}
