namespace ElectionTool.Draw;

/// <summary>
/// Draws each role in turn (Presiding Officer first, as its band is the scarcest): first the women
/// that all-women parties need, uniformly among the band's women, then the rest uniformly among
/// everyone left in the band. A person is skipped only when their office (or department) already
/// has as many drafted as there are parties they could join, since more could never be seated.
/// </summary>
internal sealed class RoleSelection(
    DrawSettings settings, DrawPlan plan, List<DrawEmployee> eligible, DrawRandom rng, List<DrawFinding> findings, string version)
{
    private readonly Dictionary<long, int> officeCap = [];
    private readonly Dictionary<long, int> officeDrafted = [];
    private readonly Dictionary<string, int> departmentDrafted = new(StringComparer.Ordinal);
    private readonly HashSet<long> drafted = [];
    private int departmentCap;

    public bool CheckFeasible()
    {
        var unitIndex = UnitCapacity.UnitIndex(plan);
        var keys = eligible.Select(e => UnitCapacity.Key(e, unitIndex)).ToArray();
        foreach (var role in PartyRoles.All)
        {
            var seats = plan.Seats(role);
            if (seats == 0)
            {
                continue;
            }

            var bandCount = eligible.Count(e => Eligibility.InBand(e, role, settings));
            if (bandCount < seats)
            {
                findings.Add(new(DrawRules.Role(role), $"{PartyRoles.Title(role)}: need {seats}, eligible {bandCount}.", seats, bandCount));
            }

            var womenSeats = plan.WomenSeats(role);
            var women = eligible.Where(e => Eligibility.InBand(e, role, settings) && Eligibility.IsWoman(e)).ToList();
            if (women.Count < womenSeats)
            {
                findings.Add(new(DrawRules.Women, $"Women: need {womenSeats} women as {PartyRoles.Title(role)} for women-managed stations, eligible {women.Count}.", womenSeats, women.Count));
            }

            var band = Enumerable.Range(0, eligible.Count).Where(i => Eligibility.InBand(eligible[i], role, settings)).Select(i => keys[i]);
            if (UnitCapacity.Shortfall(plan, role, band, version) is { } shortfall)
            {
                findings.Add(shortfall);
            }
        }
        var total = PartyRoles.All.Sum(plan.Seats);
        if (eligible.Count < total)
        {
            findings.Add(new(DrawRules.Pool, $"All roles: need {total}, eligible {eligible.Count}.", total, eligible.Count));
        }

        ComputeCaps(report: true);
        long capped = eligible.GroupBy(e => e.OfficeId).Sum(g => Math.Min(g.Count(), officeCap[g.Key]));
        if (capped < total)
        {
            findings.Add(new(DrawRules.SameOffice, $"All roles: need {total}, but with one member per office per party only {capped} can be drafted.", total, capped));
        }

        return findings.All(f => !f.Blocking);
    }

    private void ComputeCaps(bool report)
    {
        var loose = plan.Units.Sum(u => u.ReserveFourthOfficers);
        departmentCap = plan.Parties + loose;
        foreach (var office in eligible.GroupBy(e => e.OfficeId))
        {
            var unit = office.First().OfficeUnit;
            var outside = plan.Units.Where(u => !string.Equals(u.UnitCode, unit, StringComparison.Ordinal))
                .Sum(u => u.Parties + u.ReserveFourthOfficers);
            officeCap[office.Key] = outside;
            if (report && office.Count() > outside)
            {
                findings.Add(new(DrawRules.SameOffice, $"Office {office.First().OfficeCode} holds {office.Count()} of {eligible.Count} eligible; at most {outside} can be drafted (one per party outside its unit).", office.Count(), outside, Blocking: false));
            }
        }
    }

    public List<StageOneAssignment>? Draw()
    {
        if (officeCap.Count == 0)
        {
            ComputeCaps(report: false);
        }

        var result = new List<StageOneAssignment>();
        foreach (var role in PartyRoles.All)
        {
            var seats = plan.Seats(role);
            if (seats == 0)
            {
                continue;
            }

            var womenSeats = plan.WomenSeats(role);
            var women = eligible.Where(e => !drafted.Contains(e.Id) && Eligibility.InBand(e, role, settings) && Eligibility.IsWoman(e)).ToList();
            var taken = Take(women, womenSeats, role, result);
            if (taken < womenSeats)
            {
                findings.Add(new(DrawRules.Women, $"Women: need {womenSeats} women as {PartyRoles.Title(role)}, only {taken} could be drafted after earlier roles and office limits.", womenSeats, taken));
                return null;
            }
            var rest = eligible.Where(e => !drafted.Contains(e.Id) && Eligibility.InBand(e, role, settings)).ToList();
            taken += Take(rest, seats - womenSeats, role, result);
            if (taken < seats)
            {
                findings.Add(new(DrawRules.Role(role), $"{PartyRoles.Title(role)}: need {seats}, only {taken} could be drafted after earlier roles and office limits.", seats, taken));
                return null;
            }
        }
        return result;
    }

    private int Take(List<DrawEmployee> candidates, int wanted, Role role, List<StageOneAssignment> result)
    {
        if (wanted <= 0)
        {
            return 0;
        }

        var taken = 0;
        DrawTrace.Note($"{role}: draw {wanted} from {DrawTrace.Ids(candidates.Select(c => c.Id))}");
        foreach (var e in rng.ShuffledPrefix(candidates))
        {
            if (officeDrafted.GetValueOrDefault(e.OfficeId) >= officeCap[e.OfficeId])
            {
                DrawTrace.Note($"  skip {e.Id}: office {e.OfficeCode} has its {officeCap[e.OfficeId]}");
                continue;
            }

            if (settings.NoSameDepartment && departmentDrafted.GetValueOrDefault(e.DepartmentCode) >= departmentCap)
            {
                DrawTrace.Note($"  skip {e.Id}: department {e.DepartmentCode} is full");
                continue;
            }

            DrawTrace.Note($"  draft {e.Id}");

            officeDrafted[e.OfficeId] = officeDrafted.GetValueOrDefault(e.OfficeId) + 1;
            departmentDrafted[e.DepartmentCode] = departmentDrafted.GetValueOrDefault(e.DepartmentCode) + 1;
            drafted.Add(e.Id);
            result.Add(new StageOneAssignment(e.Id, role));
            if (++taken == wanted)
            {
                break;
            }
        }
        return taken;
    }
}
