using ElectionTool.Data;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>
/// One person's poll duty as released: role, party and unit from the accepted stage 2 (replacements applied), and the
/// polling station only once stage 3 is accepted — never earlier.
/// </summary>
public sealed record Duty(long EmployeeId, string Epic, string Name, string OfficeCode, string Role, string RoleTitle, string UnitCode, string UnitName,
    int? PartyNumber, bool IsReserve, int? StationNumber, string? StationName);

/// <summary>Reads the released duties of the current election, for the API and the employee's own look-up.</summary>
public static class DutyRoster
{
    /// <summary>Every released duty, or an empty list when there is no current election or stage 2 is not accepted.</summary>
    public static async Task<IReadOnlyList<Duty>> ReleasedAsync(ElectionDbContext db, CancellationToken ct)
    {
        if (await DrawStore.FindCurrentElectionAsync(db, ct) is null)
        {
            return [];
        }
        var outcome = await DrawOutcome.LoadAsync(db, ct);
        if (outcome.Parties is null || outcome.Input is null)
        {
            return [];
        }
        var units = outcome.Input.Units.GroupBy(u => u.Code).ToDictionary(g => g.Key, g => g.First().Name);
        var stations = outcome.Input.Stations.ToDictionary(s => (s.UnitCode, s.Number), s => s.Name);
        var allotted = (outcome.StageThree?.Allotments ?? []).ToDictionary(a => a.PartyNumber, a => a.StationNumber);
        return outcome.Seats().Select(s =>
        {
            var person = outcome.People[s.EmployeeId];
            int? station = s.PartyNumber is { } n && !s.IsReserve && allotted.TryGetValue(n, out var number) ? number : null;
            return new Duty(s.EmployeeId, person.Epic, person.Name, person.OfficeCode, s.Role.ToString(), DrawOutputService.RoleTitle(s.Role),
                s.UnitCode, units.GetValueOrDefault(s.UnitCode, ""), s.PartyNumber, s.IsReserve, station,
                station is { } st ? stations.GetValueOrDefault((s.UnitCode, st)) : null);
        }).OrderBy(d => d.UnitCode, StringComparer.Ordinal).ThenBy(d => d.PartyNumber ?? int.MaxValue).ThenBy(d => d.Role, StringComparer.Ordinal)
            .ThenBy(d => d.EmployeeId).ToList();
    }
}
