using ElectionTool.Data;
using ElectionTool.Features.Employees;
using ElectionTool.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Api;

/// <summary>
/// Outside software may reach only some offices, so a person already held by another office is named by that
/// office's code and phone — never by the person's name, which the caller has no right to read.
/// </summary>
public static class StaffHolders
{
    public static async Task<IReadOnlyList<StaffRowProblem>> NameOtherOfficesAsync(ElectionDbContext db, int officeId, IReadOnlyList<EmployeeInput> inputs,
        IReadOnlyList<StaffRowProblem> problems, CancellationToken ct)
    {
        string? Key(StaffRowProblem p) => p.Column switch
        {
            "EPIC" => FieldParsers.Epic(inputs[p.Row - 1].Epic),
            "Mobile" => FieldParsers.Mobile(inputs[p.Row - 1].Mobile),
            _ => null,
        };
        var epics = problems.Where(p => p.Column == "EPIC").Select(Key).OfType<string>().Distinct().ToList();
        var mobiles = problems.Where(p => p.Column == "Mobile").Select(Key).OfType<string>().Distinct().ToList();
        if (epics.Count + mobiles.Count == 0)
        {
            return problems;
        }
        var holders = await db.Employees.AsNoTracking().Where(e => e.OfficeId != officeId && (epics.Contains(e.Epic) || mobiles.Contains(e.Mobile)))
            .Select(e => new { e.Epic, e.Mobile, e.Office!.Code, e.Office.Phone }).ToListAsync(ct);
        return problems.Select(p =>
        {
            var key = Key(p);
            var holder = p.Column == "EPIC" ? holders.FirstOrDefault(h => h.Epic == key) : holders.FirstOrDefault(h => h.Mobile == key);
            if (key is null || holder is null)
            {
                return p;
            }
            var phone = string.IsNullOrWhiteSpace(holder.Phone) ? "no phone recorded" : $"phone {holder.Phone}";
            var what = p.Column == "EPIC" ? $"EPIC {key}" : $"Mobile {key}";
            return p with { Reason = $"{what} is already held by office {holder.Code} ({phone}); a person is entered only once in the district." };
        }).ToList();
    }
}
