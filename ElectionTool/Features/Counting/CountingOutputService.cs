using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw.Counting;
using ElectionTool.Draw.Duties;
using ElectionTool.Features.Auditing;
using ElectionTool.Features.Draw;
using ElectionTool.Resources;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Counting;

/// <summary>One person on counting duty as the orders, lists, sheet and export show them. Hall and table stay empty until their step is accepted.</summary>
public sealed record CountingRow(string? Unit, string? Hall, string? HallName, string? Centre, string? Table, string Role, string Epic, string Name,
    string OfficeCode, string OfficeName, string Designation, int PayLevel, bool IsReserve, int Order, int EmployeeId = 0, ReprintKind? Mark = null);

/// <summary>Reads the latest accepted counting step into rows for print pages and files. Personal data: callers audit.</summary>
public sealed class CountingOutputService(IDbContextFactory<ElectionDbContext> dbFactory, CurrentUser currentUser)
{
    public static readonly string[] ExportHeaders = ["Unit", "Hall", "Table", "Role", "EPIC", "Name", "OfficeCode", "Designation", "PayLevel", "IsReserve"]; // English: the export file's column headers, a data format

    /// <summary>The step the rows come from (0 when nothing is accepted), and the rows in hall, table, role order, replacements applied.</summary>
    public async Task<(int Step, List<CountingRow> Rows)> RowsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var election = await DrawStore.FindCurrentElectionAsync(db, ct);
        if (election is null || await CountingOutcome.LoadAsync(db, election.Id, ct) is not { } posting)
        {
            return (0, []);
        }
        var result = posting.Current;
        var ids = result.Assignments.Select(a => (int)a.EmployeeId).ToList();
        var people = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Epic, e.Name, e.Designation, e.PayLevel, OfficeCode = e.Office!.Code, OfficeName = e.Office.Name }).ToDictionaryAsync(e => (long)e.Id, ct);
        var halls = (await db.Set<Data.Entities.CountingHall>().AsNoTracking().Where(h => h.ElectionId == election.Id)
            .Select(h => new { Unit = h.ConstituencyUnit!.Code, h.Number, h.Name, h.Centre, h.Tables, h.PostalBallotTables }).ToListAsync(ct))
            .ToDictionary(h => Data.Entities.CountingHall.CodeOf(h.Unit, h.Number));
        var marks = await OrderMarks.LoadAsync(db, election.Id, ct);
        var rows = result.Assignments
            .OrderBy(a => a.HallCode, StringComparer.Ordinal).ThenBy(a => a.IsReserve).ThenBy(a => a.Table).ThenBy(a => CountingRoles.Rank(a.Role)).ThenBy(a => a.Order)
            .Select(a =>
            {
                var p = people.GetValueOrDefault(a.EmployeeId);
                var h = a.HallCode is null ? null : halls.GetValueOrDefault(a.HallCode);
                var table = a.Table is { } t && h is not null ? CountingRoles.TableLabel(new ElectionTool.Draw.Counting.CountingHall(a.HallCode!, h.Unit, h.Name, h.Tables, h.PostalBallotTables), t) : null;
                return new CountingRow(a.UnitCode, a.HallCode, h?.Name, h?.Centre, table, DutyBands.Title(a.Role), p?.Epic ?? "", p?.Name ?? UiText.Format("(employee {0})", a.EmployeeId),
                    p?.OfficeCode ?? "", p?.OfficeName ?? "", p?.Designation ?? "", p?.PayLevel ?? 0, a.IsReserve, a.Order, (int)a.EmployeeId, marks.TryGetValue(a.EmployeeId, out var m) ? m : null);
            }).ToList();
        return (result.Step, rows);
    }

    public async Task<DrawExports.Table> ExportAsync(CancellationToken ct)
    {
        var (_, rows) = await RowsAsync(ct);
        await AuditAsync("CountingExported", rows.Count, ct);
        return new DrawExports.Table("counting", ExportHeaders, rows.Select(r => new object?[]
        {
            r.Unit, r.Hall, r.Table, r.Role, r.Epic, r.Name, r.OfficeCode, r.Designation, r.PayLevel, r.IsReserve,
        }).ToList());
    }

    /// <summary>Records that counting staff's personal data left the system (a print or a file).</summary>
    public async Task AuditAsync(string action, int rows, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        AuditLog.Record(db, await currentUser.GetNameAsync(), action, "Counting", "", after: new { Rows = rows });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>`export counting --out PATH` (CSV, or .xlsx by extension) through the one neutralizing writer.</summary>
    public static async Task<int> WriteFileAsync(IServiceProvider services, string path, CancellationToken ct)
    {
        var table = await services.GetRequiredService<CountingOutputService>().ExportAsync(ct);
        if (table.Rows.Count == 0)
        {
            Console.Error.WriteLine("export counting: no counting step is accepted yet; there is nothing to export.");
            return 1;
        }
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, full.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? DrawExports.ToXlsx(table) : DrawExports.ToCsv(table), ct);
        Console.WriteLine($"Exported {table.Rows.Count} counting row(s) to {full}.");
        return 0;
    }
}
