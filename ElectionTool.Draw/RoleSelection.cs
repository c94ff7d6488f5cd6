namespace ElectionTool.Draw;

/// <summary>
/// Draws each role in turn (Presiding Officer first, as its band is the scarcest): first the women
/// that all-women parties need, uniformly among the band's women, then the rest uniformly among
/// everyone left in the band. A person is skipped only when their office (or department) already
/// has as many drafted as there are parties they could join, since more could never be seated.
/// </summary>
internal sealed class RoleSelection(
    DrawSettings settings, DrawPlan plan, SelectionPool pool, DrawRandom rng, List<DrawFinding> findings, string version)
{
    public bool CheckFeasible()
    {
        foreach (var role in PartyRoles.All)
        {
            var seats = plan.Seats(role);
            if (seats == 0)
            {
                continue;
            }

            var (bandCount, women) = (pool.BandSize[(int)role], pool.BandWomen[(int)role]);
            if (bandCount < seats)
            {
                findings.Add(new(DrawRules.Role(role), $"{PartyRoles.Title(role)}: need {seats}, eligible {bandCount}.", seats, bandCount));
            }

            var womenSeats = plan.WomenSeats(role);
            if (women < womenSeats)
            {
                findings.Add(new(DrawRules.Women, $"Women: need {womenSeats} women as {PartyRoles.Title(role)} for women-managed stations, eligible {women}.", womenSeats, women));
            }

            if (UnitCapacity.Shortfall(plan, role, () => pool.CapacityCounts(role), version) is { } shortfall)
            {
                findings.Add(shortfall);
            }
        }
        var total = PartyRoles.All.Sum(plan.Seats);
        if (pool.Count < total)
        {
            findings.Add(new(DrawRules.Pool, $"All roles: need {total}, eligible {pool.Count}.", total, pool.Count));
        }

        long capped = 0;
        // Offices are numbered in order of first appearance, so this is the order of their first people.
        for (var office = 0; office < pool.OfficeSize.Length; office++)
        {
            var (size, cap) = (pool.OfficeSize[office], pool.OfficeCap[office]);
            capped += Math.Min(size, cap);
            if (size > cap)
            {
                findings.Add(new(DrawRules.SameOffice, $"Office {pool.People[pool.OfficeFirst[office]].OfficeCode} holds {size} of {pool.Count} eligible; at most {cap} can be drafted (one per party outside its unit).", size, cap, Blocking: false));
            }
        }
        if (capped < total)
        {
            findings.Add(new(DrawRules.SameOffice, $"All roles: need {total}, but with one member per office per party only {capped} can be drafted.", total, capped));
        }

        return findings.All(f => !f.Blocking);
    }

    /// <summary>
    /// The drafted, in the order drawn, or null when a role cannot be filled (a finding says why);
    /// <paramref name="places"/> receives each drafted person's place in the pool, in the same order.
    /// </summary>
    public List<StageOneAssignment>? Draw(List<int> places)
    {
        var officeDrafted = new int[pool.OfficeSize.Length];
        var departmentDrafted = new int[pool.Departments];
        // Per person, the role bands and woman bit they are still open for; cleared once drafted.
        var open = pool.Openings();
        // Scratch of the pool's size for every attempt (each place is written before it is read): rented, so attempts
        // do not leave large arrays behind for a full collection.
        var candidates = System.Buffers.ArrayPool<int>.Shared.Rent(pool.Count);
        try
        {
            return DrawRoles(places, officeDrafted, departmentDrafted, open, candidates);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(candidates);
        }
    }

    private List<StageOneAssignment>? DrawRoles(List<int> places, int[] officeDrafted, int[] departmentDrafted, byte[] open, int[] candidates)
    {
        var result = new List<StageOneAssignment>(PartyRoles.All.Sum(plan.Seats));
        places.Clear();
        places.EnsureCapacity(result.Capacity);
        foreach (var role in PartyRoles.All)
        {
            var seats = plan.Seats(role);
            if (seats == 0)
            {
                continue;
            }

            var womenSeats = plan.WomenSeats(role);
            // With no women's seats nothing is drawn for them, so the women need not be listed.
            var taken = womenSeats > 0 ? Take(Candidates(role, womenOnly: true), womenSeats, role) : 0;
            if (taken < womenSeats)
            {
                findings.Add(new(DrawRules.Women, $"Women: need {womenSeats} women as {PartyRoles.Title(role)}, only {taken} could be drafted after earlier roles and office limits.", womenSeats, taken));
                return null;
            }
            taken += Take(Candidates(role, womenOnly: false), seats - womenSeats, role);
            if (taken < seats)
            {
                findings.Add(new(DrawRules.Role(role), $"{PartyRoles.Title(role)}: need {seats}, only {taken} could be drafted after earlier roles and office limits.", seats, taken));
                return null;
            }
        }
        return result;

        // The undrafted people of the role's band (its women only, when asked), in id order. Whether a person matches is
        // as good as random, so the loop has no branch on it (a mispredicted branch per person cost more than the rest):
        // every place is written, and the count moves on only past a match.
        int Candidates(Role role, bool womenOnly)
        {
            var count = 0;
            var wanted = (1 << (int)role) | (womenOnly ? SelectionPool.WomanBit : 0);
            for (var i = 0; i < open.Length; i++)
            {
                candidates[count] = i;
                count += (open[i] & wanted) == wanted ? 1 : 0;
            }

            return count;
        }

        // Walks a Fisher–Yates shuffle of the candidates (DrawRandom.ShuffledPrefix: position i swaps with a
        // uniform pick from i..n-1) until enough are drafted; the shuffle stops where the draw stops. The person
        // records are read only for trace lines: the arrays hold all the draw needs.
        int Take(int count, int wanted, Role role)
        {
            if (wanted <= 0)
            {
                return 0;
            }

            // Spans over the pool's rented arrays, read once rather than through the properties every step.
            var eligible = pool.People;
            var ids = pool.Ids;
            var offices = pool.Office;
            var departments = pool.Department;
            var taken = 0;
            DrawTrace.Note($"{role}: draw {wanted} from {DrawTrace.Ids(candidates.Take(count).Select(c => pool.Ids[c]))}");
            for (var i = 0; i < count; i++)
            {
                if (i < count - 1)
                {
                    var j = i + rng.NextInt(count - i);
                    (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
                }

                var person = candidates[i];
                var office = offices[person];
                if (officeDrafted[office] >= pool.OfficeCap[office])
                {
                    DrawTrace.Note($"  skip {ids[person]}: office {eligible[person].OfficeCode} has its {pool.OfficeCap[office]}");
                    continue;
                }

                var department = departments[person];
                if (settings.NoSameDepartment && departmentDrafted[department] >= pool.DepartmentCap)
                {
                    DrawTrace.Note($"  skip {ids[person]}: department {eligible[person].DepartmentCode} is full");
                    continue;
                }

                DrawTrace.Note($"  draft {ids[person]}");
                officeDrafted[office]++;
                departmentDrafted[department]++;
                open[person] = 0;
                result.Add(new StageOneAssignment(ids[person], role));
                places.Add(person);
                if (++taken == wanted)
                {
                    break;
                }
            }
            return taken;
        }
    }
}
