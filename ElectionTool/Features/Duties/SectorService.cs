using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

/// <summary>
/// Sectors and zones of the current election: propose from the map, move a station, rename, lock. Locked sectors never
/// change (officers are drawn for them); every change is audited.
/// </summary>
public sealed class SectorService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser, TimeProvider clock)
{
    public async Task<SectorBoard> GetBoardAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var s = await SettingsAsync(db, election.Id, ct);
        var sectors = await db.Set<Sector>().AsNoTracking().Where(x => x.ElectionId == election.Id)
            .Select(x => new
            {
                x.Id,
                x.Code,
                x.Name,
                x.NoLocation,
                x.RouteKm,
                Unit = x.ConstituencyUnit!.Code,
                UnitName = x.ConstituencyUnit.Name,
                UnitNumber = x.ConstituencyUnit.Number,
                Zone = x.Zone!.Code,
                x.Number,
                Stops = x.Stations.OrderBy(t => t.RouteOrder).Select(t => new SectorStop(t.PollingStationId, t.PollingStation!.Number, t.PollingStation.Name, t.RouteOrder, t.PollingStation.Sensitive, t.PollingStation.Latitude, t.PollingStation.Longitude)).ToList(),
            }).ToListAsync(ct);
        var units = sectors.GroupBy(x => (x.Unit, x.UnitName)).OrderBy(g => g.Key.Unit, StringComparer.Ordinal)
            .Select(g => new UnitSectors(g.Key.Unit, g.Key.UnitName, g.OrderBy(x => x.Number)
                .Select(x => new SectorRow(x.Id, x.Code, x.Name, x.Zone, x.NoLocation, x.RouteKm, x.Stops)).ToList())).ToList();
        return new SectorBoard(election.Id, election.Name, View(s), s.SectorsLockedAt, s.SectorsLockedBy, units);
    }

    public async Task SaveSettingsAsync(SectorSettingsView view, CancellationToken ct)
    {
        if (new SectorPlanSettings(view.StationsPerSector, view.SectorsPerZone).Problem() is { } problem)
        {
            throw new DrawRefusedException(problem);
        }
        if (view.ReservePercent is < 0 or > 100 || view.ZonalMinPayLevel is < 1 or > 18 || view.SectorMinPayLevel is < 1 or > 18)
        {
            throw new DrawRefusedException(UiText.Of("Reserve is 0–100%; pay levels are 1–18."));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var s = await TrackedSettingsAsync(db, election.Id, ct);
        var before = View(s);
        (s.StationsPerSector, s.SectorsPerZone, s.ZonalMinPayLevel, s.SectorMinPayLevel, s.ReservePercent) =
            (view.StationsPerSector, view.SectorsPerZone, view.ZonalMinPayLevel, view.SectorMinPayLevel, view.ReservePercent);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "DutySettingsChanged", nameof(DutySettings), election.Id.ToString(), before, view);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Replaces the election's sectors and zones with a fresh proposal from the map.</summary>
    public async Task<int> ProposeAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var s = await TrackedSettingsAsync(db, election.Id, ct);
        RefuseIfLocked(s);
        var stations = await db.PollingStations.AsNoTracking().Where(x => x.ConstituencyUnit!.Kind == election.UnitKind)
            .Select(x => new { x.Id, Unit = x.ConstituencyUnit!.Code, x.ConstituencyUnitId, x.Number, x.Location, x.Latitude, x.Longitude }).ToListAsync(ct);
        var plan = await Task.Run(() => SectorPlanner.Propose(stations.Select(x => new PlanStation(x.Unit, x.Number, x.Location,
            x.Latitude is { } lat && x.Longitude is { } lon ? new GeoPoint(lat, lon) : null)), new SectorPlanSettings(s.StationsPerSector, s.SectorsPerZone)), ct);
        await ClearAsync(db, election.Id, ct);
        var unitIds = stations.GroupBy(x => x.Unit).ToDictionary(g => g.Key, g => g.First().ConstituencyUnitId);
        var stationIds = stations.ToDictionary(x => (x.Unit, x.Number), x => x.Id);
        // English: the zone's default name, stored as data the Admin may rename
        var zones = plan.Zones.ToDictionary(z => z, z => new Zone
        {
            ElectionId = election.Id,
            ConstituencyUnitId = unitIds[z.UnitCode],
            Number = z.Number,
            Code = SectorCodes.Zone(z.UnitCode, z.Number),
            Name = $"Zone {z.Number}",
        });
        db.AddRange(zones.Values);
        foreach (var p in plan.Sectors)
        {
            // English: the sector's default name, stored as data the Admin may rename
            db.Add(new Sector
            {
                ElectionId = election.Id,
                ConstituencyUnitId = unitIds[p.UnitCode],
                Zone = zones[(p.UnitCode, p.ZoneNumber)],
                Number = p.Number,
                Code = p.Code,
                Name = $"Sector {p.Number}",
                NoLocation = p.NoLocation,
                RouteKm = p.RouteKm,
                Stations = p.Route.Select((n, i) => new SectorStation { ElectionId = election.Id, PollingStationId = stationIds[(p.UnitCode, n)], RouteOrder = i + 1 }).ToList(),
            });
        }
        AuditLog.Record(db, await currentUser.GetNameAsync(), "SectorsProposed", nameof(Sector), election.Id.ToString(),
            after: new { Sectors = plan.Sectors.Count, Zones = zones.Count, s.StationsPerSector, s.SectorsPerZone });
        await db.SaveChangesAsync(ct);
        return plan.Sectors.Count;
    }

    /// <summary>Moves a station to the end of another sector's route of the same unit; both routes are re-ordered and re-measured.</summary>
    public async Task MoveStationAsync(int stationId, int toSectorId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        RefuseIfLocked(await SettingsAsync(db, election.Id, ct));
        var link = await db.Set<SectorStation>().Include(x => x.Sector).FirstOrDefaultAsync(x => x.ElectionId == election.Id && x.PollingStationId == stationId, ct)
            ?? throw new DrawRefusedException(UiText.Of("That station is in no sector; propose sectors first."));
        var target = await db.Set<Sector>().FirstOrDefaultAsync(x => x.Id == toSectorId && x.ElectionId == election.Id, ct)
            ?? throw new DrawRefusedException(UiText.Of("That sector does not exist."));
        if (target.ConstituencyUnitId != link.Sector!.ConstituencyUnitId)
        {
            throw new DrawRefusedException(UiText.Of("A station can only move to a sector of its own constituency unit."));
        }
        var from = link.Sector;
        link.SectorId = target.Id;
        link.RouteOrder = int.MaxValue;
        await db.SaveChangesAsync(ct);
        await SectorRoutes.RebuildAsync(db, from.Id, ct);
        await SectorRoutes.RebuildAsync(db, target.Id, ct);
        AuditLog.Record(db, await currentUser.GetNameAsync(), "SectorStationMoved", nameof(SectorStation), stationId.ToString(),
            before: new { Sector = from.Code }, after: new { Sector = target.Code });
        await db.SaveChangesAsync(ct);
    }

    public async Task RenameAsync(int sectorId, string name, CancellationToken ct)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 120)
        {
            throw new DrawRefusedException(UiText.Of("A sector name is 1 to 120 characters."));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        RefuseIfLocked(await SettingsAsync(db, election.Id, ct));
        var sector = await db.Set<Sector>().FirstOrDefaultAsync(x => x.Id == sectorId && x.ElectionId == election.Id, ct)
            ?? throw new DrawRefusedException(UiText.Of("That sector does not exist."));
        AuditLog.Record(db, await currentUser.GetNameAsync(), "SectorRenamed", nameof(Sector), sector.Code, new { sector.Name }, new { Name = name });
        sector.Name = name;
        await db.SaveChangesAsync(ct);
    }

    public async Task LockAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var s = await TrackedSettingsAsync(db, election.Id, ct);
        RefuseIfLocked(s);
        if (!await db.Set<Sector>().AnyAsync(x => x.ElectionId == election.Id, ct))
        {
            throw new DrawRefusedException(UiText.Of("There are no sectors to lock; propose or import them first."));
        }
        s.SectorsLockedAt = clock.GetUtcNow();
        s.SectorsLockedBy = await currentUser.GetNameAsync();
        AuditLog.Record(db, s.SectorsLockedBy, "SectorsLocked", nameof(DutySettings), election.Id.ToString());
        await db.SaveChangesAsync(ct);
    }

    public static async Task<DutySettings> SettingsAsync(ElectionDbContext db, int electionId, CancellationToken ct) =>
        await db.Set<DutySettings>().AsNoTracking().FirstOrDefaultAsync(x => x.ElectionId == electionId, ct) ?? new DutySettings { ElectionId = electionId };

    internal static async Task<DutySettings> TrackedSettingsAsync(ElectionDbContext db, int electionId, CancellationToken ct)
    {
        var s = await db.Set<DutySettings>().FirstOrDefaultAsync(x => x.ElectionId == electionId, ct);
        if (s is null)
        {
            s = new DutySettings { ElectionId = electionId };
            db.Add(s);
        }
        return s;
    }

    internal static void RefuseIfLocked(DutySettings s)
    {
        if (s.SectorsLockedAt is not null)
        {
            throw new DrawRefusedException(UiText.Format("The sectors were locked by {0}; they no longer change.", s.SectorsLockedBy));
        }
    }

    internal static async Task ClearAsync(ElectionDbContext db, int electionId, CancellationToken ct)
    {
        await db.Set<SectorStation>().Where(x => x.ElectionId == electionId).ExecuteDeleteAsync(ct);
        await db.Set<Sector>().Where(x => x.ElectionId == electionId).ExecuteDeleteAsync(ct);
        await db.Set<Zone>().Where(x => x.ElectionId == electionId).ExecuteDeleteAsync(ct);
    }

    private static SectorSettingsView View(DutySettings s) => new(s.StationsPerSector, s.SectorsPerZone, s.ZonalMinPayLevel, s.SectorMinPayLevel, s.ReservePercent);
}
