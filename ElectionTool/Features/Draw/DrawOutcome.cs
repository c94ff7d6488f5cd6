using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Draw;
using Microsoft.EntityFrameworkCore;

namespace ElectionTool.Features.Draw;

/// <summary>
/// The accepted results of the current election's draw, read only from stored runs. <see cref="Parties"/> is the
/// stage-2 result with the replacements applied in the order they were confirmed; <see cref="StageTwo"/> stays
/// the result as drawn (what Verify checks).
/// </summary>
public sealed class DrawOutcome
{
    public required Election Election { get; init; }
    public DrawInput? Input { get; init; }
    public StageOneResult? StageOne { get; init; }
    public DrawRun? StageTwoRun { get; init; }
    public StageTwoResult? StageTwo { get; init; }
    public StageThreeResult? StageThree { get; init; }
    public IReadOnlyList<PartyReplacement> Replacements { get; init; } = [];
    public StageTwoResult? Parties { get; init; }
    public IReadOnlyDictionary<long, DrawEmployee> People { get; init; } = new Dictionary<long, DrawEmployee>();

    public static async Task<DrawOutcome> LoadAsync(ElectionDbContext db, CancellationToken ct)
    {
        var election = await DrawStore.CurrentElectionAsync(db, ct);
        var runs = await db.Set<DrawRun>().AsNoTracking()
            .Where(r => r.ElectionId == election.Id && r.Status == DrawRunStatus.Accepted).ToListAsync(ct);
        var one = runs.FirstOrDefault(r => r.Stage == 1);
        if (one is null)
        {
            return new DrawOutcome { Election = election };
        }

        var input = DrawSnapshot.Unpack(one.InputSnapshot);
        var twoRun = runs.FirstOrDefault(r => r.Stage == 2);
        var two = twoRun is null ? null : DrawSnapshot.FromJson<StageTwoResult>(twoRun.ResultJson);
        var three = runs.FirstOrDefault(r => r.Stage == 3) is { } t ? DrawSnapshot.FromJson<StageThreeResult>(t.ResultJson) : null;
        var replacements = twoRun is null ? [] : await db.Set<PartyReplacement>().AsNoTracking()
            .Where(r => r.RunId == twoRun.Id).OrderBy(r => r.Id).ToListAsync(ct);
        return new DrawOutcome
        {
            Election = election,
            Input = input,
            StageOne = DrawSnapshot.FromJson<StageOneResult>(one.ResultJson),
            StageTwoRun = twoRun,
            StageTwo = two,
            StageThree = three,
            Replacements = replacements,
            Parties = two is null ? null : Apply(two, replacements),
            People = input.Pool.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First()),
        };
    }

    /// <summary>Each replacement takes the absent person's seat; the reserve leaves its reserve party or reserve list.</summary>
    public static StageTwoResult Apply(StageTwoResult two, IEnumerable<PartyReplacement> replacements)
    {
        var parties = two.Parties.ToList();
        var reserves = two.ReservePersons.ToList();
        foreach (var r in replacements)
        {
            long absent = r.AbsentEmployeeId;
            long? incoming = r.ReplacementEmployeeId;
            reserves.RemoveAll(x => x.EmployeeId == absent || x.EmployeeId == incoming);
            for (var i = 0; i < parties.Count; i++)
            {
                var p = parties[i];
                if (p.IsReserve && p.Members.Any(m => m.EmployeeId == absent || m.EmployeeId == incoming))
                {
                    parties[i] = p with { Members = p.Members.Where(m => m.EmployeeId != absent && m.EmployeeId != incoming).ToList() };
                }
                else if (!p.IsReserve && p.Members.Any(m => m.EmployeeId == absent))
                {
                    parties[i] = p with
                    {
                        Members = p.Members.Select(m => m.EmployeeId == absent && incoming is { } id ? m with { EmployeeId = id } : m)
                            .Where(m => m.EmployeeId != absent).ToList(),
                    };
                }
            }
        }
        return two with { Parties = parties, ReservePersons = reserves };
    }

    /// <summary>Everyone drafted as things now stand: party members (reserve parties included) and reserve persons.</summary>
    public IEnumerable<DraftedSeat> Seats()
    {
        if (Parties is null)
        {
            yield break;
        }

        foreach (var p in Parties.Parties)
        {
            foreach (var m in p.Members)
            {
                yield return new DraftedSeat(m.EmployeeId, m.Role, p.UnitCode, p.PartyNumber, p.IsReserve);
            }
        }

        foreach (var r in Parties.ReservePersons)
        {
            yield return new DraftedSeat(r.EmployeeId, r.Role, r.UnitCode, null, true);
        }
    }
}

/// <summary>One drafted person's place: unit, party (null for a reserve person) and role.</summary>
public sealed record DraftedSeat(long EmployeeId, Role Role, string UnitCode, int? PartyNumber, bool IsReserve);
