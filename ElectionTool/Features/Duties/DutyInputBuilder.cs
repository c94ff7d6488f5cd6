using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

/// <summary>
/// Reads a duty draw's input: the same pool and eligibility as the polling draw (so one home for those rules, and
/// holders of accepted stages already left out), plus department category and service group, and the duty's posts.
/// </summary>
public sealed class DutyInputBuilder(IDbContextFactory<ElectionDbContext> dbFactory, DrawInputBuilder draws)
{
    public async Task<DutyInput> BuildAsync(int electionId, DutyKind kind, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await SectorService.SettingsAsync(db, electionId, ct);
        if (kind != DutyKind.MicroObserver && settings.SectorsLockedAt is null)
        {
            throw new DrawRefusedException(UiText.Of("Lock the sectors first (Sectors & officers): officers are drawn for locked sectors and zones only."));
        }

        var posts = await PostsAsync(db, electionId, kind, ct);
        if (posts.Count == 0)
        {
            throw new DrawRefusedException(kind == DutyKind.MicroObserver
                ? UiText.Of("No polling station is flagged sensitive (critical); flag them on the Polling stations page first.")
                : UiText.Of("There are no sectors or zones; propose and lock them first."));
        }

        var polling = await draws.BuildAsync(electionId, ct);
        var extra = await db.Employees.AsNoTracking().Where(e => e.Office!.ListState == StaffListState.Finalized)
            .Select(e => new { e.Id, e.Office!.Department!.Category, e.ServiceGroup }).ToDictionaryAsync(e => (long)e.Id, ct);
        return new DutyInput
        {
            ElectionId = polling.ElectionId,
            Kind = kind,
            Settings = polling.Settings,
            Rules = new DutyRules
            {
                MinPayLevel = kind == DutyKind.ZonalOfficer ? settings.ZonalMinPayLevel : settings.SectorMinPayLevel,
                ReservePercent = settings.ReservePercent,
            },
            Posts = posts,
            Pool = polling.Pool.Select(e => new DutyPerson
            {
                Employee = e,
                DepartmentCategory = extra[e.Id].Category.ToString(),
                ServiceGroup = extra[e.Id].ServiceGroup.ToString(),
            }).ToList(),
        };
    }

    public static async Task<List<DutyPost>> PostsAsync(ElectionDbContext db, int electionId, DutyKind kind, CancellationToken ct)
    {
        var election = await db.Elections.AsNoTracking().FirstAsync(e => e.Id == electionId, ct);
        var posts = kind switch
        {
            DutyKind.ZonalOfficer => await db.Set<Zone>().AsNoTracking().Where(z => z.ElectionId == electionId)
                .Select(z => new DutyPost(z.Code, z.ConstituencyUnit!.Code)).ToListAsync(ct),
            DutyKind.SectorOfficer => await db.Set<Sector>().AsNoTracking().Where(s => s.ElectionId == electionId)
                .Select(s => new DutyPost(s.Code, s.ConstituencyUnit!.Code)).ToListAsync(ct),
            _ => (await db.PollingStations.AsNoTracking().Where(s => s.Sensitive && s.ConstituencyUnit!.Kind == election.UnitKind)
                .Select(s => new { Unit = s.ConstituencyUnit!.Code, s.Number }).ToListAsync(ct))
                .Select(s => new DutyPost(StationCode(s.Unit, s.Number), s.Unit)).ToList(),
        };
        return posts.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>A critical station as a micro-observer post: "AC-071/12".</summary>
    public static string StationCode(string unitCode, int number) => $"{unitCode}/{number}";
}
