using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Duties;

/// <summary>One person on a field duty, as the orders, lists and the export show them.</summary>
public sealed record DutyRow(
    DutyKind Kind, string? Zone, string? Sector, string? Unit, int? StationNumber, string Epic, string Name,
    string OfficeCode, string OfficeName, string Designation, int PayLevel, bool IsReserve, int Order, string? SectorName, ReprintKind? Mark = null)
{
    /// <summary>The duty's English title, the engine's (the export's Duty column; a resource key where shown).</summary>
    public string Duty => DutyBands.Title(Kind);

    public bool IsZonalOfficer => Kind == DutyKind.ZonalOfficer;

    public bool IsSectorOfficer => Kind == DutyKind.SectorOfficer;

    public bool IsMicroObserver => Kind == DutyKind.MicroObserver;
}

/// <summary>Reads accepted duty stages into rows for print pages, files and look-ups. Personal data: callers audit.</summary>
public sealed class DutyOutputService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
{
    public static readonly string[] ExportHeaders = ["Duty", "Zone", "Sector", "Unit", "StationNumber", "EPIC", "Name", "OfficeCode", "Designation", "PayLevel", "IsReserve"]; // English: the export file's column headers, a data format

    /// <summary>Rows of every accepted duty stage; micro-observers carry a station only once the allotment is accepted.</summary>
    public async Task<List<DutyRow>> RowsAsync(CancellationToken ct, DutyKind? only = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null)
        {
            return [];
        }

        var results = (await DutyOutcome.LoadAsync(db, election.Id, ct)).Select(p => p.Current).Where(r => only is null || r.Kind == only).ToList();
        var ids = results.SelectMany(r => r.Assignments).Select(a => (int)a.EmployeeId).ToList();
        var people = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Epic, e.Name, e.Designation, e.PayLevel, OfficeCode = e.Office!.Code, OfficeName = e.Office.Name })
            .ToDictionaryAsync(e => (long)e.Id, ct);
        var sectors = await db.Set<Sector>().AsNoTracking().Where(s => s.ElectionId == election.Id)
            .Select(s => new { s.Code, s.Name, Zone = s.Zone!.Code }).ToDictionaryAsync(s => s.Code, ct);
        var marks = await OrderMarks.LoadAsync(db, election.Id, ct);
        var rows = new List<DutyRow>();
        foreach (var r in results)
        {
            foreach (var a in r.Assignments.OrderBy(a => a.IsReserve).ThenBy(a => a.PostCode, StringComparer.Ordinal).ThenBy(a => a.Order))
            {
                var p = people.GetValueOrDefault(a.EmployeeId);
                string? zone = null, sector = null, sectorName = null;
                int? station = null;
                if (a.PostCode is { } post)
                {
                    switch (r.Kind)
                    {
                        case DutyKind.ZonalOfficer:
                            zone = post;
                            break;
                        case DutyKind.SectorOfficer:
                            sector = post;
                            zone = sectors.GetValueOrDefault(post)?.Zone;
                            sectorName = sectors.GetValueOrDefault(post)?.Name;
                            break;
                        default:
                            station = int.Parse(post[(post.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                            break;
                    }
                }
                rows.Add(new DutyRow(r.Kind, zone, sector, a.UnitCode, station, p?.Epic ?? "", p?.Name ?? UiText.Format("(employee {0})", a.EmployeeId),
                    p?.OfficeCode ?? "", p?.OfficeName ?? "", p?.Designation ?? "", p?.PayLevel ?? 0, a.IsReserve, a.Order, sectorName, marks.TryGetValue(a.EmployeeId, out var m) ? m : null));
            }
        }
        return rows;
    }

    public async Task<DrawExports.Table> ExportAsync(CancellationToken ct)
    {
        var rows = await RowsAsync(ct);
        await AuditAsync("DutiesExported", rows.Count, ct);
        return new DrawExports.Table("duties", ExportHeaders, rows.Select(r => new object?[]
        {
            r.Duty, r.Zone, r.Sector, r.Unit, r.StationNumber, r.Epic, r.Name, r.OfficeCode, r.Designation, r.PayLevel, r.IsReserve,
        }).ToList());
    }

    /// <summary>Records that personal data left the system (a print or a file).</summary>
    public async Task AuditAsync(string action, int rows, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        AuditLog.Record(db, await currentUser.GetNameAsync(), action, "Duties", "", after: new { Rows = rows });
        await db.SaveChangesAsync(ct);
    }
}
